-- The roll-up's sums kept as the cells change. A division's summary used to add every cell of its
-- reports: for a province of 30,000 reports, 5.8 million rows and 1.2–1.4 s on two cores. cell_sum holds
-- the same sums by the reporting agency's own division code, year, scope and format, so a summary adds
-- a few hundred rows per division code (about 33,400 for that province). Triggers keep it in step with
-- report_cell, report and agency in the writing transaction, whatever writes them (the app, an import,
-- psql); RollupSumsTest checks it against the sums over report_cell after every kind of change.

-- Writers wait until the sums below are filled and the triggers are in place: a write committed in
-- between would be in neither (during a rolling deploy the release before keeps writing). Readers do not.
lock table agency, report, report_cell in share mode;

create table cell_sum (
    year          integer not null,
    division_code varchar(6) collate "C" not null,     -- "C": LIKE '37%' is a range of the primary key
    scope         varchar(16) not null,
    format_id     varchar(32) not null,
    cell_id       smallint not null references cell (id),
    total         numeric not null,                    -- the sum of the reported values
    reported      integer not null,                    -- how many reports have a value: 0 means blank, not 0
    primary key (year, division_code, scope, format_id, cell_id)
) with (fillfactor = 70);
-- A division-year's rows stand together, in key order (the fill below), so a province reads a few
-- hundred pages rather than one per row (a province of 3,193 reports: 138 ms with its rows scattered
-- over 19,541 pages, 17 ms over 446). The room each page keeps lets an update of a sum stay on its page
-- (a HOT update), so they stay together as reports change.

-- Adds to the sum of one cell in one year, division code, scope and format. It first takes the
-- advisory lock of that division-year, so two transactions writing the same division's cells queue on
-- the lock instead of deadlocking on its rows (a transaction may touch them in any order).
create function cell_sum_upsert(in_year integer, in_code text, in_scope text, in_format text, cell smallint, added numeric,
                                counted integer) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(in_year, hashtext(in_code));
    insert into cell_sum as s (year, division_code, scope, format_id, cell_id, total, reported)
    values (in_year, in_code, in_scope, in_format, cell, added, counted)
    on conflict (year, division_code, scope, format_id, cell_id)
    do update set total = s.total + excluded.total, reported = s.reported + excluded.reported;
end $$;

-- Adds to one cell's sum where its report stands now. A cell of a report that no longer exists is
-- skipped: the report's deletion has already taken its cells away (cell_sum_report_deleted, below).
create function cell_sum_add(report bigint, cell smallint, added numeric, counted integer) returns void language plpgsql as $$
declare
    place record;
begin
    select r.year, a.division_code, a.scope, r.format_id into place from report r join agency a on a.id = r.agency_id where r.id = report;
    if found then
        perform cell_sum_upsert(place.year, place.division_code, place.scope, place.format_id, cell, added, counted);
    end if;
end $$;

-- A cell written, changed or removed. Row by row, as the app writes a cell a statement: saving a whole
-- 表三 (175 cells, all changed) took 9.7 ms with no trigger, 17.6 ms with this one and 46 ms with
-- statement triggers over transition tables. A bulk load should disable the triggers and fill cell_sum
-- once, as src/bench/generate-country.sql does.
create function cell_sum_cell_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.report_id = new.report_id and old.cell_id = new.cell_id then
        if old.value is distinct from new.value then
            perform cell_sum_add(new.report_id, new.cell_id, coalesce(new.value, 0) - coalesce(old.value, 0),
                                 (new.value is not null)::int - (old.value is not null)::int);
        end if;
        return null;
    end if;
    if tg_op <> 'INSERT' then
        perform cell_sum_add(old.report_id, old.cell_id, -coalesce(old.value, 0), -(old.value is not null)::int);
    end if;
    if tg_op <> 'DELETE' then
        perform cell_sum_add(new.report_id, new.cell_id, coalesce(new.value, 0), (new.value is not null)::int);
    end if;
    return null;
end $$;

create trigger cell_sum_cell_changed after insert or update or delete on report_cell
    for each row execute function cell_sum_cell_changed();

-- Moves a report's cells, as they stand, from one place in the sums (year, code, scope, format) to
-- another, or takes them away (to_year null). Both division-years are locked first, in order, so two
-- moves the opposite way queue rather than deadlock.
create function cell_sum_move(report bigint, from_year integer, from_code text, from_scope text, from_format text,
                              to_year integer, to_code text, to_scope text, to_format text) returns void language plpgsql as $$
declare
    cell record;
begin
    perform pg_advisory_xact_lock(k.year, hashtext(k.code))
    from (values (from_year, from_code), (to_year, to_code)) k (year, code) where k.year is not null order by k.year, k.code;
    for cell in select rc.cell_id, rc.value from report_cell rc where rc.report_id = report order by rc.cell_id loop
        perform cell_sum_upsert(from_year, from_code, from_scope, from_format, cell.cell_id, -coalesce(cell.value, 0),
                                -(cell.value is not null)::int);
        if to_year is not null then
            perform cell_sum_upsert(to_year, to_code, to_scope, to_format, cell.cell_id, coalesce(cell.value, 0),
                                    (cell.value is not null)::int);
        end if;
    end loop;
end $$;

-- A report deleted: its cells leave the sums before they go (by cascade, when the report's row is gone
-- and cell_sum_add skips them). When an agency's deletion cascades here, the agency is gone
-- too, and its own trigger has taken its reports' cells away already.
create function cell_sum_report_deleted() returns trigger language plpgsql as $$
declare
    agency_row agency%rowtype;
begin
    select * into agency_row from agency where id = old.agency_id;
    if found then
        perform cell_sum_move(old.id, old.year, agency_row.division_code, agency_row.scope, old.format_id, null, null, null, null);
    end if;
    return old;
end $$;

create trigger cell_sum_report_deleted before delete on report
    for each row execute function cell_sum_report_deleted();

-- A report moved to another year, agency or format: its cells move with it.
create function cell_sum_report_moved() returns trigger language plpgsql as $$
declare
    was agency%rowtype;
    now agency%rowtype;
begin
    select * into was from agency where id = old.agency_id;
    select * into now from agency where id = new.agency_id;
    perform cell_sum_move(new.id, old.year, was.division_code, was.scope, old.format_id,
                          new.year, now.division_code, now.scope, new.format_id);
    return null;
end $$;

create trigger cell_sum_report_moved after update of year, agency_id, format_id on report
    for each row when (old.year <> new.year or old.agency_id <> new.agency_id or old.format_id <> new.format_id)
    execute function cell_sum_report_moved();

-- An agency moved to another division or scope: the cells of all its reports move with it. An agency
-- deleted: they leave the sums before the cascade removes its reports.
create function cell_sum_agency_changed() returns trigger language plpgsql as $$
declare
    report_row report%rowtype;
    kept boolean := tg_op <> 'DELETE';
begin
    for report_row in select * from report where agency_id = old.id order by year, id loop
        perform cell_sum_move(report_row.id, report_row.year, old.division_code, old.scope, report_row.format_id,
                              case when kept then report_row.year end, case when kept then new.division_code end,
                              case when kept then new.scope end, report_row.format_id);
    end loop;
    return old;
end $$;

create trigger cell_sum_agency_moved after update of division_code, scope on agency
    for each row when (old.division_code <> new.division_code or old.scope <> new.scope)
    execute function cell_sum_agency_changed();
create trigger cell_sum_agency_deleted before delete on agency
    for each row execute function cell_sum_agency_changed();

-- Makes the sums afresh from what is stored, in key order: here, and after a bulk load that ran with the
-- triggers off (src/bench/generate-country.sql; README, Roll-ups).
create function cell_sum_refill() returns void language sql as $$
    truncate cell_sum;
    insert into cell_sum (year, division_code, scope, format_id, cell_id, total, reported)
    select r.year, a.division_code, a.scope, r.format_id, rc.cell_id, coalesce(sum(rc.value), 0), count(rc.value)
    from report_cell rc join report r on r.id = rc.report_id join agency a on a.id = r.agency_id
    group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5;
$$;

select cell_sum_refill();
