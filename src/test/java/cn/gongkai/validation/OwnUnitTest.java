package cn.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The level an agency's name places it at, for TXT_YEAR_SCOPE: the last place in the name, not a word that has a unit's character. */
class OwnUnitTest {

    @Test
    void theLastPlaceOfTheName() {
        assertEquals("镇", TextScopeChecks.YearScope.ownUnit("济宁市兖州区漕河镇人民政府"));
        assertEquals("区", TextScopeChecks.YearScope.ownUnit("济宁市兖州区人民政府"));
        assertEquals("区", TextScopeChecks.YearScope.ownUnit("济宁市兖州区教育局"));
        assertEquals("市", TextScopeChecks.YearScope.ownUnit("济宁市教育局"));
        assertEquals("街道", TextScopeChecks.YearScope.ownUnit("济宁市兖州区鼓楼街道办事处"));
    }

    @Test
    void notAWordOfTheDepartmentsName() {
        assertEquals("区", TextScopeChecks.YearScope.ownUnit("济宁市兖州区住房和城乡建设局"));
        assertEquals("区", TextScopeChecks.YearScope.ownUnit("济宁市兖州区市场监督管理局"));
        assertEquals("区", TextScopeChecks.YearScope.ownUnit("济宁市兖州区乡村振兴局"));
        assertEquals("区", TextScopeChecks.YearScope.ownUnit("济宁市兖州区城市管理局"));
        assertEquals("市", TextScopeChecks.YearScope.ownUnit("济宁市住房和城乡建设局"));
    }
}
