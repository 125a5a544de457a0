package cn.gongkai.format;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "NARRATIVE: text with optional numbered sub-items; TABLE: a statistical table addressed by row and column keys.",
        example = "TABLE")
public enum SectionKind {
    NARRATIVE, TABLE
}
