package cn.gongkai.validation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "ERROR: an identity of the format or a mandatory element; WARNING: a heuristic or scope-dependent check; INFO: a point for review.",
        example = "ERROR")
public enum Severity {
    ERROR, WARNING, INFO
}
