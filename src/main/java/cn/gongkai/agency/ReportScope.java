package cn.gongkai.agency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an agency's reports cover: AGENCY = its own work; REGION = a government's report for its whole region "
        + "(never added to the sums of agency reports).", example = "AGENCY")
public enum ReportScope {
    AGENCY, REGION
}
