package cn.gongkai.agency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of agency: DEPARTMENT 政府部门, TOWNSHIP 乡镇人民政府, SUBDISTRICT 街道办事处, COUNTY_GOVERNMENT 县级人民政府, "
        + "CITY_GOVERNMENT 市级人民政府, PROVINCE_GOVERNMENT 省级人民政府, STATE_COUNCIL_DEPARTMENT 国务院部门, "
        + "PUBLIC_INSTITUTION 公共企事业单位, OTHER 其他.", example = "TOWNSHIP")
public enum AgencyLevel {
    DEPARTMENT("政府部门"),
    TOWNSHIP("乡镇人民政府"),
    SUBDISTRICT("街道办事处"),
    COUNTY_GOVERNMENT("县级人民政府"),
    CITY_GOVERNMENT("市级人民政府"),
    PROVINCE_GOVERNMENT("省级人民政府"),
    STATE_COUNCIL_DEPARTMENT("国务院部门"),
    PUBLIC_INSTITUTION("公共企事业单位"),
    OTHER("其他");

    private final String label;

    AgencyLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
