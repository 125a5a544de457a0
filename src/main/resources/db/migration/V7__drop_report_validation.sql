-- report_validation, one row of counts a report, was replaced by validation_counts (one row a report and rules
-- revision) in V6 and kept only for the release before V6, which wrote it while both ran during that rolling deploy.
-- The release before this one (V6) neither reads nor writes it, so it can go.
drop table report_validation;
