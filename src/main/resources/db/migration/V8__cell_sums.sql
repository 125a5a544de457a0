-- The roll-up's sums kept as the cells change. A division's summary used to add every cell of its
-- reports: for a province of 30,000 reports, 5.8 million rows and 1.2–1.4 s on two cores. cell_sum holds
-- the same sums by the reporting agency's own division code, year, scope and format, so a summary adds
-- a few hundred rows per division code (about 36,000 for that province). Triggers keep it in step with
-- report_cell, report and agency in the writing transaction, whatever writes them (the app, an import,
-- psql); RollupSumsTest checks it against the sums over report_cell after every kind of change.

create table cell_sum (
    year          integer not null,
    division_code varchar(6) collate "C" not null,     -- "C": LIKE '37%' is a range of the primary key
    scope         varchar(16) not null,
    format_id     varchar(32) not null,
    cell_id       smallint not null references cell (id),
    total         numeric not null,                    -- the sum of the reported values
    reported      integer not null,                    -- how many reports have a value: 0 means blank, not 0
    primary key (year, division_code, scope, format_id, cell_id)
);

-- A change of the sums: a cell's value added (sign 1) or taken away (sign −1) in the sums of a year,
-- division code, scope and format.
create type cell_sum_change as (year integer, division_code text, scope text, format_id text, cell_id smallint,
                                value numeric, sign integer);

-- Applies changes to the sums. It first takes the advisory lock of each division-year it changes, in
-- (year, code) order, so two transactions writing the same division's cells queue instead of
-- deadlocking on its rows (a transaction's statements may touch them in any order).
create function cell_sum_apply(changes cell_sum_change[]) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(k.year, hashtext(k.division_code))
    from (select distinct c.year, c.division_code from unnest(changes) c order by 1, 2) k;
    insert into cell_sum as s (year, division_code, scope, format_id, cell_id, total, reported)
    select c.year, c.division_code, c.scope, c.format_id, c.cell_id,
           coalesce(sum(c.value * c.sign), 0), coalesce(sum(c.sign) filter (where c.value is not null), 0)
    from unnest(changes) c
    group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
    on conflict (year, division_code, scope, format_id, cell_id)
    do update set total = s.total + excluded.total, reported = s.reported + excluded.reported;
end $$;

-- A change of report_cell: a report's cell and value, written (sign 1) or removed (sign −1).
create type report_cell_change as (report_id bigint, cell_id smallint, value numeric, sign integer);

-- Counts changed cells where their reports stand now. Cells of a report that no longer exists are
-- skipped: its deletion has already taken them away (cell_sum_report_deleted, below).
create function cell_sum_apply_cells(cells report_cell_change[]) returns void language sql as $$
    select cell_sum_apply(array(
        select (r.year, a.division_code, a.scope, r.format_id, c.cell_id, c.value, c.sign)::cell_sum_change
        from unnest(cells) c join report r on r.id = c.report_id join agency a on a.id = r.agency_id));
$$;

-- What a statement on report_cell wrote and removed, whichever of the two it has.
create function cell_sum_cells_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform cell_sum_apply_cells(array(select (report_id, cell_id, value, 1)::report_cell_change from added));
    elsif tg_op = 'DELETE' then
        perform cell_sum_apply_cells(array(select (report_id, cell_id, value, -1)::report_cell_change from removed));
    else
        perform cell_sum_apply_cells(array(select (report_id, cell_id, value, 1)::report_cell_change from added
                                           union all select (report_id, cell_id, value, -1)::report_cell_change from removed));
    end if;
    return null;
end $$;

create trigger cell_sum_cells_inserted after insert on report_cell
    referencing new table as added for each statement execute function cell_sum_cells_changed();
create trigger cell_sum_cells_deleted after delete on report_cell
    referencing old table as removed for each statement execute function cell_sum_cells_changed();
create trigger cell_sum_cells_updated after update on report_cell
    referencing new table as added old table as removed for each statement execute function cell_sum_cells_changed();

-- Moves a report's cells, as they stand, from one place in the sums (year, code, scope, format) to
-- another, or takes them away (to_year null).
create function cell_sum_move(report bigint, from_year integer, from_code text, from_scope text, from_format text,
                              to_year integer, to_code text, to_scope text, to_format text) returns void language sql as $$
    select cell_sum_apply(array(
        select (m.year, m.code, m.scope, m.format, rc.cell_id, rc.value, m.sign)::cell_sum_change
        from report_cell rc
        cross join (values (from_year, from_code, from_scope, from_format, -1), (to_year, to_code, to_scope, to_format, 1))
            as m (year, code, scope, format, sign)
        where rc.report_id = report and m.year is not null));
$$;

-- A report deleted: its cells leave the sums before they go (by cascade, when the report's row is gone
-- and cell_sum_apply_cells skips them). When an agency's deletion cascades here, the agency is gone
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

-- The sums of what is stored now.
insert into cell_sum (year, division_code, scope, format_id, cell_id, total, reported)
select r.year, a.division_code, a.scope, r.format_id, rc.cell_id, coalesce(sum(rc.value), 0), count(rc.value)
from report_cell rc join report r on r.id = rc.report_id join agency a on a.id = r.agency_id
group by 1, 2, 3, 4, 5;
