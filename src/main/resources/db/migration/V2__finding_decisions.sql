-- A reviewer's confirmation or dismissal of a validation finding. It applies while the finding's
-- fingerprint (a hash of the cells and text it rests on) is unchanged.
create table finding_decision (
    report_id   bigint not null references report (id) on delete cascade,
    finding_id  varchar(120) not null,
    status      varchar(16) not null check (status in ('CONFIRMED', 'DISMISSED')),
    reason      varchar(2000) not null,
    fingerprint varchar(64) not null,
    decided_at  timestamptz not null,
    primary key (report_id, finding_id)
);
