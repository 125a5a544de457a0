package cn.gongkai.validation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "IN_TABLE: within one table; CROSS_YEAR: against last year's report; TEXT_TABLE: the text against the tables, "
        + "and narrative arithmetic; STRUCTURE: parts, tables and metadata.", example = "IN_TABLE")
public enum RuleCategory {
    IN_TABLE, CROSS_YEAR, TEXT_TABLE, STRUCTURE
}
