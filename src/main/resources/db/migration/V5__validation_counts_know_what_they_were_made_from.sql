-- Stored validation counts are current only for the report, last year's report, the reviewers' decisions on the
-- report, the agency's name and level, and the rules they were made with. The agency and decisions parts were
-- deletes (on a rename, on a decision), which a roll-up validating at the same moment could undo with counts made
-- before the change; the rules part was a migration per rule change (V4). All are now columns compared on read
-- (see RollupService.CURRENT). The defaults never match a current value: rows an instance of the previous
-- release writes during a rolling deploy are stale, not refused.
alter table agency add column identity_version bigint not null default 0;
alter table report add column decisions_version bigint not null default 0;

delete from report_validation;
alter table report_validation
    add column agency_identity_version bigint not null default -1,
    add column decisions_version bigint not null default -1,
    add column rules_revision char(64) not null default '';
