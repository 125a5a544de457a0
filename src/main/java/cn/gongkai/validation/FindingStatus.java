package cn.gongkai.validation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "PASS; FAIL; NOT_ASSESSABLE when an input is blank or missing (blank is not zero), or the text makes no statement to check.",
        example = "FAIL")
public enum FindingStatus {
    PASS, FAIL, NOT_ASSESSABLE
}
