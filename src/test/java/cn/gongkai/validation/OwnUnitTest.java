package cn.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The level an agency's name places it at, for TXT_YEAR_SCOPE: its last place, not a word with a unit's character. */
class OwnUnitTest {

    @Test
    void theLastPlaceOfTheName() {
        Map<String, String> levels = Map.ofEntries(Map.entry("济宁市兖州区漕河镇人民政府", "镇"), Map.entry("济宁市兖州区人民政府", "区"),
                Map.entry("济宁市兖州区教育局", "区"), Map.entry("济宁市教育局", "市"), Map.entry("济宁市兖州区鼓楼街道办事处", "街道"),
                // words that name no place
                Map.entry("济宁市兖州区住房和城乡建设局", "区"), Map.entry("济宁市兖州区市场监督管理局", "区"), Map.entry("济宁市兖州区乡村振兴局", "区"),
                Map.entry("济宁市兖州区城市管理局", "区"), Map.entry("济宁市住房和城乡建设局", "市"), Map.entry("济宁市市场监督管理局", "市"),
                // places whose own name has such a word in it
                Map.entry("邹城市人民政府", "市"), Map.entry("邹城市城市管理局", "市"), Map.entry("成都市教育局", "市"));
        levels.forEach((name, level) -> assertEquals(level, AgencyName.ownUnit(name), name));
    }

    /** The place a township's text names itself with (TownshipScope: the town named beside the district's figure). */
    @Test
    void theOwnPlaceAsTheNameWritesIt() {
        Map<String, String> places = Map.of("济宁市兖州区漕河镇人民政府", "漕河镇", "济宁市兖州区鼓楼街道办事处", "鼓楼街道", "漕河镇人民政府", "漕河镇",
                "济宁市兖州区漕河镇人民政府(本级)", "漕河镇", "济宁市兖州区人民政府", "兖州区");
        places.forEach((name, place) -> assertEquals(place, AgencyName.ownPlace(name), name));
        assertEquals(null, AgencyName.ownPlace("人民政府"));
    }
}
