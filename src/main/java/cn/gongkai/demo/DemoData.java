package cn.gongkai.demo;

import cn.gongkai.agency.AgencyBody;
import cn.gongkai.report.ReportBody;

/** The demo data file: one agency and one of its reports, as the API would take them. */
record DemoData(AgencyBody agency, ReportBody report) {
}
