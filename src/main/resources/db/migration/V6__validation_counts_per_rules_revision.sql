-- Each release keeps its own validation counts. With one row a report, two releases with different rules running
-- side by side during a rolling deploy each found the other's counts stale and overwrote them, recounting the same
-- reports over and over until the old release was gone. Rows of a revision no longer running are deleted at start-up
-- once they have not been written for a while (RollupService.forgetOtherRevisions).
--
-- A new table rather than a new key on report_validation: the release before this one keeps writing report_validation
-- (INSERT … ON CONFLICT (report_id)) while both run during the rolling deploy, so its key must stay. A later release
-- drops report_validation.
create table validation_counts (
    report_id               bigint not null references report (id) on delete cascade,
    rules_revision          char(64) not null,
    report_version          bigint not null,
    previous_version        bigint,
    decisions_version       bigint not null,
    agency_identity_version bigint not null,
    errors                  integer not null,
    warnings                integer not null,
    validated_at            timestamptz not null,
    primary key (report_id, rules_revision)
);

insert into validation_counts (report_id, rules_revision, report_version, previous_version, decisions_version, agency_identity_version,
        errors, warnings, validated_at)
    select report_id, rules_revision, report_version, previous_version, decisions_version, agency_identity_version, errors, warnings,
        validated_at
    from report_validation;
