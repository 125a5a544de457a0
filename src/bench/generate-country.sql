-- A synthetic country for roll-up benchmarks: provinces × cities × counties, agencies in each county
-- (plus a REGION-scope government per county and city), and consistent 2021-format reports for three
-- years, all set-based. Run by generate-country.sh, which sets the psql variables.
\set ON_ERROR_STOP on
\timing on
set session_replication_role = replica;   -- no FK triggers per row while loading (the rows are made consistent)
set work_mem = '256MB';
set maintenance_work_mem = '1GB';

-- divisions: provinces 41.., ten cities each, eight counties each (the demo's 37 stays as it is)
insert into division (code, name, level, parent_code, updated_at)
select (40 + p)::text || '0000', '第' || p || '省', 'PROVINCE', null, now() from generate_series(1, :provinces) p;
insert into division (code, name, level, parent_code, updated_at)
select (40 + p)::text || lpad(c::text, 2, '0') || '00', '第' || p || '省第' || c || '市', 'CITY', (40 + p)::text || '0000', now()
from generate_series(1, :provinces) p, generate_series(1, :cities) c;
insert into division (code, name, level, parent_code, updated_at)
select left(d.code, 4) || lpad(k::text, 2, '0'), d.name || '第' || k || '县', 'COUNTY', d.code, now()
from division d, generate_series(1, :counties) k where d.level = 'CITY' and d.code !~ '^37';

-- agencies: :agencies AGENCY-scope ones per county, one REGION-scope government per county and city
insert into agency (name, division_code, level, scope, created_at, updated_at)
select d.name || '第' || i || '机关', d.code, case when i % 3 = 0 then 'TOWNSHIP' else 'DEPARTMENT' end, 'AGENCY', now(), now()
from division d, generate_series(1, :agencies) i where d.level = 'COUNTY' and d.code !~ '^37' order by d.code, i;
insert into agency (name, division_code, level, scope, created_at, updated_at)
select d.name || '人民政府', d.code, case d.level when 'CITY' then 'CITY_GOVERNMENT' else 'COUNTY_GOVERNMENT' end, 'REGION', now(), now()
from division d where d.level in ('CITY', 'COUNTY') and d.code !~ '^37' order by d.code;

-- reports: three years, about 3% of agencies missing each year
insert into report (agency_id, year, format_id, version, created_at, updated_at)
select a.id, y, 'national-2021', 0, now(), now()
from agency a, generate_series(2021, 2023) y where a.division_code !~ '^37' and random() > 0.03 order by y, a.division_code, a.id;

-- 表三: per report and applicant column, new + carried in = results + carried out, results spread over rows
create unlogged table gen_t3 as
select r.id as report_id, col, n, ci, least(co, n + ci) as co
from (select r.id from report r join agency a on a.id = r.agency_id where a.division_code !~ '^37') r
cross join unnest(array['NATURAL', 'BUSINESS', 'RESEARCH', 'NONPROFIT', 'LEGAL_SERVICE', 'OTHER_ORG']) col
cross join lateral (select (random() * random() * 20 + r.id * 0)::int as n, (random() * 3 + r.id * 0)::int as ci,
                           (random() * 3 + r.id * 0)::int as co) x;

create unlogged table gen_cells (report_id bigint, section_key text, row_key text, column_key text, value numeric);
insert into gen_cells
select g.report_id, 'table3', v.row_key, g.col, v.value
from (select *, n + ci - co as rt from gen_t3) g
cross join lateral (values ('NEW', g.n), ('CARRY_IN', g.ci), ('R_GRANT', g.rt * 5 / 10), ('R_PARTIAL', g.rt / 10),
    ('R_DENY_SECRET', 0), ('R_DENY_LAW', 0), ('R_DENY_SAFETY', 0), ('R_DENY_THIRD_PARTY', 0), ('R_DENY_INTERNAL', 0),
    ('R_DENY_PROCESS', 0), ('R_DENY_ENFORCEMENT', 0), ('R_DENY_QUERY', 0),
    ('R_UNABLE_NOINFO', g.rt * 2 / 10), ('R_UNABLE_CREATE', 0), ('R_UNABLE_UNCLEAR', 0),
    ('R_REJECT_PETITION', 0), ('R_REJECT_REPEAT', 0), ('R_REJECT_PUBLICATION', 0), ('R_REJECT_MASSIVE', 0), ('R_REJECT_CONFIRM', 0),
    ('R_OTHER_NO_CORRECTION', 0), ('R_OTHER_NO_FEE', 0),
    ('R_OTHER_OTHER', g.rt - g.rt * 5 / 10 - g.rt / 10 - g.rt * 2 / 10), ('R_TOTAL', g.rt), ('CARRY_OUT', g.co)) v(row_key, value);
-- the 总计 column: each row summed over the applicant columns
insert into gen_cells
select report_id, 'table3', row_key, 'TOTAL', sum(value) from gen_cells group by report_id, row_key;
drop table gen_t3;

-- 表四: per kind, upheld + corrected + other + pending = total
insert into gen_cells
select x.report_id, 'table4', 'CASES', k.kind || v.suffix, v.value
from (select r.id as report_id from report r join agency a on a.id = r.agency_id where a.division_code !~ '^37') x
cross join unnest(array['RV', 'LD', 'LA']) k(kind)
cross join lateral (select (random() * 2 + x.report_id * 0)::int u, (random() * 1.2 + x.report_id * 0)::int c,
                           (random() * 1.2 + x.report_id * 0)::int o, (random() * 1.2 + x.report_id * 0)::int p) n
cross join lateral (values ('_UPHELD', n.u), ('_CORRECTED', n.c), ('_OTHER', n.o), ('_PENDING', n.p), ('_TOTAL', n.u + n.c + n.o + n.p)) v(suffix, value);

-- 表二: documents (in force ≥ issued), decisions, fees
insert into gen_cells
select x.report_id, 'table2', v.row_key, v.column_key, v.value
from (select r.id as report_id from report r join agency a on a.id = r.agency_id where a.division_code !~ '^37') x
cross join lateral (select (random() * 3 + x.report_id * 0)::int ri, (random() * 10 + x.report_id * 0)::int ni,
                           (random() * 2 + x.report_id * 0)::int nr, (random() * 40 + x.report_id * 0)::int nf,
                           (random() * 300 + x.report_id * 0)::int lic, (random() * 200 + x.report_id * 0)::int pen,
                           (random() * 20 + x.report_id * 0)::int coe, round((random() * 50 + x.report_id * 0)::numeric, 4) fee) n
cross join lateral (values ('RULES', 'ISSUED', n.ri), ('RULES', 'REPEALED', 0), ('RULES', 'IN_FORCE', n.ri * 4),
    ('NORMATIVE', 'ISSUED', n.ni), ('NORMATIVE', 'REPEALED', n.nr), ('NORMATIVE', 'IN_FORCE', n.ni + n.nf),
    ('LICENSING', 'DECISIONS', n.lic), ('PENALTY', 'DECISIONS', n.pen), ('COERCION', 'DECISIONS', n.coe),
    ('ADMIN_FEE', 'AMOUNT_WAN', n.fee)) v(row_key, column_key, value);

-- into report_cell, in report order, with the primary key built afterwards
alter table report_cell drop constraint report_cell_pkey;
insert into report_cell (report_id, cell_id, value)
select g.report_id, c.id, g.value from gen_cells g
join cell c on c.section_key = g.section_key and c.row_key = g.row_key and c.column_key = g.column_key
order by g.report_id, c.id;
drop table gen_cells;
alter table report_cell add constraint report_cell_pkey primary key (report_id, cell_id);
-- the roll-up's sums (V8), made afresh: the triggers that keep them were off while loading
select cell_sum_refill();
reset session_replication_role;
vacuum analyze;
select (select count(*) from division) divisions, (select count(*) from agency) agencies, (select count(*) from report) reports,
       (select count(*) from report_cell) cells, pg_size_pretty(pg_database_size(current_database())) size;
