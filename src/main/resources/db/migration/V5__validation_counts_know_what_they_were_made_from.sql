-- Stored validation counts are current only for the report, last year's report, the agency's name and level, and
-- the rules they were made with. The agency part was a delete on every rename, which a roll-up validating at the
-- same moment could undo with counts made under the old name; the rules part was a migration per rule change
-- (V4). Both are now columns compared on read (see RollupService.CURRENT).
alter table agency add column identity_version bigint not null default 0;

delete from report_validation;
alter table report_validation
    add column agency_identity_version bigint not null,
    add column rules_revision char(64) not null;
