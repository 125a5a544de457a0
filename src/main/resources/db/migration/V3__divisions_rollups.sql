-- Administrative divisions (GB/T 2260) and what roll-ups need.

-- A division and its parent. Agencies belong to a division through agency.division_code and to all its
-- ancestors; "a division and its sub-divisions" is a code prefix (province 2 digits, city 4, county 6),
-- which the text_pattern_ops index on agency.division_code serves.
create table division (
    code        varchar(6) primary key check (code ~ '^[0-9]{6}$'),
    name        varchar(100) not null,
    level       varchar(16) not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
    parent_code varchar(6) references division (code),
    version     bigint not null default 0,
    updated_at  timestamptz not null,
    check ((level = 'PROVINCE') = (parent_code is null))
);
create index division_parent_idx on division (parent_code);

insert into division (code, name, level, parent_code, updated_at) values
    ('370000', '山东省', 'PROVINCE', null, now()),
    ('370800', '济宁市', 'CITY', '370000', now()),
    ('370811', '任城区', 'COUNTY', '370800', now()),
    ('370812', '兖州区', 'COUNTY', '370800', now()),
    ('370826', '微山县', 'COUNTY', '370800', now()),
    ('370827', '鱼台县', 'COUNTY', '370800', now()),
    ('370828', '金乡县', 'COUNTY', '370800', now()),
    ('370829', '嘉祥县', 'COUNTY', '370800', now()),
    ('370830', '汶上县', 'COUNTY', '370800', now()),
    ('370831', '泗水县', 'COUNTY', '370800', now()),
    ('370832', '梁山县', 'COUNTY', '370800', now()),
    ('370881', '曲阜市', 'COUNTY', '370800', now()),
    ('370883', '邹城市', 'COUNTY', '370800', now());

-- Validation counts of stored reports, for roll-up coverage and the per-agency table. Validating
-- thousands of reports per request is too slow, so counts are kept here, keyed on the versions they were
-- computed from (the report's, and last year's report's, which the cross-year rules read). A row whose
-- versions no longer match is stale and recomputed when a roll-up next reads it.
create table report_validation (
    report_id        bigint primary key references report (id) on delete cascade,
    report_version   bigint not null,
    previous_version bigint,
    errors           integer not null,
    warnings         integer not null,
    validated_at     timestamptz not null
);
