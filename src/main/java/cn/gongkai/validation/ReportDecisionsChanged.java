package cn.gongkai.validation;

/**
 * A reviewer confirmed, dismissed or withdrew a decision on a finding of this report: what counts as failing
 * has changed although the report itself has not, so anything that keeps the report's counts must drop them.
 */
public record ReportDecisionsChanged(long reportId) {
}
