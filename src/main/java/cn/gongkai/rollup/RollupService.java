package cn.gongkai.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import cn.gongkai.agency.AgencyLevel;
import cn.gongkai.agency.ReportScope;
import cn.gongkai.common.PageRequest;
import cn.gongkai.division.Division;
import cn.gongkai.division.DivisionLevel;
import cn.gongkai.division.DivisionService;
import cn.gongkai.format.CellDefinition;
import cn.gongkai.format.Format;
import cn.gongkai.format.FormatCatalogue;
import cn.gongkai.format.SectionDefinition;
import cn.gongkai.format.SectionKind;
import cn.gongkai.problem.ApiException;
import cn.gongkai.problem.Violation;
import cn.gongkai.report.CellRegistry;
import cn.gongkai.report.SectionBody;
import cn.gongkai.validation.RulesRevision;
import cn.gongkai.validation.ValidationResult;
import cn.gongkai.validation.ValidationService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.agroal.api.AgroalDataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Roll-ups of a division's reports. Sums are read from cell_sum, the sums of report_cell by agency division code, year,
 * scope, format and cell, which PostgreSQL triggers keep as cells, reports and agencies change (V8); nothing loads
 * reports into memory. The division's code prefix selects its agencies (an agency belongs to
 * the division of its divisionCode and to every ancestor). Every read runs outside a transaction, the division in
 * the same round trip ({@link #withDivision}); years, codes and cell ids are bound, and only the prefix (validated
 * digits: the planner needs it) and a sort column from {@link SortKey} are written into the SQL. Writes (stale
 * validation counts) happen only when a read finds some, in a transaction of their own.
 */
@ApplicationScoped
public class RollupService {

    static final int MISSING_LISTED = 100;
    private final ValidationCounts counts;
    private final AgroalDataSource dataSource;
    private final CellRegistry cellIds;
    private final FormatCatalogue catalogue;
    private final ValidationService validation;
    private final RulesRevision rulesRevision;
    private final int validatePerRequest;
    private final Map<String, short[]> storageIds = new java.util.concurrent.ConcurrentHashMap<>();

    public RollupService(ValidationCounts counts, AgroalDataSource dataSource, CellRegistry cellIds, FormatCatalogue catalogue,
            ValidationService validation, RulesRevision rulesRevision,
            @ConfigProperty(name = "gongkai.rollup.validate-per-request", defaultValue = "200") int validatePerRequest) {
        this.counts = counts;
        this.dataSource = dataSource;
        this.cellIds = cellIds;
        this.catalogue = catalogue;
        this.validation = validation;
        this.rulesRevision = rulesRevision;
        this.validatePerRequest = validatePerRequest;
    }

    /** At start-up, not at the first roll-up: a catalogue the trend cannot add across formats stops the service. */
    void checkIndicators(@Observes io.quarkus.runtime.StartupEvent started) {
        Indicators.check(catalogue);
    }

    /**
     * Sorting of the per-agency table: the query parameter's name and the column of the table's rows it orders by.
     * The only definition of what can be sorted; the column is written into the SQL (an ORDER BY column cannot be a
     * bound parameter) and comes from here only.
     */
    public enum SortKey {
        NAME("name", "name"), DIVISION("division", "division_code"), ERRORS("errors", "errors"), WARNINGS("warnings", "warnings"),
        NEW_APPLICATIONS("newApplications", "new_applications"), REVIEWS("reviews", "reviews"), LITIGATION("litigation", "litigation");

        private final String parameter;
        private final String column;

        SortKey(String parameter, String column) {
            this.parameter = parameter;
            this.column = column;
        }

        public String parameter() {
            return parameter;
        }

        public static java.util.Optional<SortKey> ofParameter(String parameter) {
            return java.util.Arrays.stream(values()).filter(key -> key.parameter.equals(parameter)).findFirst();
        }
    }

    public record Sort(SortKey key, boolean descending) {
    }

    public record AgencyListing(RollupSummary.DivisionRef division, List<AgencyRow> rows, long total) {
    }

    // ---- summary

    /** Every roll-up's first statement (see {@link #withDivision}). */
    private static final String DIVISION_SQL = "select d.name, d.level from division d where d.code = ?;\n";
    /**
     * The sums by scope, format and cell, from {@code cell_sum} (V8): the sums of each agency division code's reports, kept
     * by triggers as cells change, so a province adds a few hundred rows per division code rather than every cell of
     * its reports. A cell no summed report has a value for (reported 0) stays blank, not 0. Parameter: year.
     */
    private static final String SUM_SQL = "select s.scope, s.format_id, s.cell_id, case when sum(s.reported) > 0 then sum(s.total) end "
            + "from cell_sum s where s.year = ? and s.division_code like '%1$s%%' group by s.scope, s.format_id, s.cell_id";

    /**
     * After the division: its sums, coverage counts and missing agencies, in the division's round trip (see
     * {@link #withDivision}). Each statement sees its own snapshot, as the separate statements in one READ COMMITTED
     * transaction did before. Parameters: year (sums), year and year − 1 (coverage), year (missing).
     */
    private static final String SUMMARY_SQL = SUM_SQL + ";\n" + coverageSql() + ";\n"
            + "select a.id, a.name, a.division_code, a.scope from agency a " + lookup("report r", "r.id", "r.agency_id = a.id and r.year = ?")
            + "where a.division_code like '%1$s%%' and r.id is null order by a.division_code, a.id limit " + MISSING_LISTED;

    /** Coverage counts by scope and format (agencies, reports, failing, not validated); its parameters: year, year − 1. */
    private static String coverageSql() {
        return "select a.scope, r.format_id, count(*), count(r.id), "
                + "count(*) filter (where rv.errors > 0 and " + ValidationCounts.CURRENT + "), "
                + "count(r.id) filter (where rv.report_id is null or not " + ValidationCounts.CURRENT + ") "
                + "from agency a " + lookup("report r", "r.id, r.format_id, r.version, r.decisions_version", "r.agency_id = a.id and r.year = ?")
                + lookup("report p", "p.version", "p.agency_id = a.id and p.year = ?")
                + lookup("validation_counts rv", "rv.*", ValidationCounts.OWN_COUNTS)
                + "where a.division_code like '%1$s%%' group by a.scope, r.format_id";
    }

    /**
     * A left join to the one row a unique key finds, as an index lookup per agency. Written as a plain join (or NOT
     * EXISTS), the planner hashes all of a year's reports for a province (it costs the lookups above that): on the
     * full-size database coverage took 79 ms and the missing list 22 ms that way, 9 ms and 3.6 ms this way, and a
     * county the same either way. The LIMIT keeps the subquery from being flattened back into a join.
     */
    private static String lookup(String table, String columns, String key) {
        String alias = table.substring(table.indexOf(' ') + 1);
        return "left join lateral (select " + columns + " from " + table + " where " + key + " limit 1) " + alias + " on true ";
    }

    /** Reports summed together: one scope, one format. */
    private record Group(ReportScope scope, String format) {
    }

    /** What the summary reads from the database. */
    private record Read(RollupSummary.DivisionRef division, Map<Group, Map<Short, BigDecimal>> sums, Map<Group, Integer> reports,
            Map<String, Integer> formats, RollupSummary.Coverage coverage) {
    }

    public RollupSummary summary(String code, int year) {
        Format format = formatOf(year);
        Read read = readValidated(code, year);
        // a cell key can mean different things in two formats (表二 of trial-2019 counts what was made and published,
        // national-2021 what is in force), so reports are only ever summed with reports of their own format
        Group agencies = new Group(ReportScope.AGENCY, format.id());
        Group region = new Group(ReportScope.REGION, format.id());
        RollupSummary.Sums agencySums = sums(read, agencies, format, year);
        RollupSummary.Sums regionSums = read.reports().containsKey(region) ? sums(read, region, format, year) : null;
        List<RollupSummary.Sums> otherFormats = read.reports().keySet().stream().filter(group -> !group.format().equals(format.id()))
                .sorted(Comparator.comparing(Group::format).thenComparing(Group::scope))
                .map(group -> sums(read, group, catalogue.find(group.format())
                        .orElseThrow(() -> new IllegalStateException("Reports are stored in format " + group.format() + ", which the catalogue lacks")),
                        year))
                .toList();
        return new RollupSummary(read.division(), year, format.id(), read.formats(), read.formats().size() > 1, ReportScope.AGENCY,
                agencySums, regionSums, otherFormats, read.coverage());
    }

    /** The read, after refreshing stale validation counts if it finds any (only then: a GET that finds all current writes nothing). */
    private Read readValidated(String code, int year) {
        Read read = read(code, year);
        if (read.coverage().notValidated() == 0 || validatePerRequest <= 0) {
            return read;
        }
        counts.store(stale(code, year));
        // only the validation counts changed: read them again, not the sums
        long[] counts = withDivision(code, coverageSql(), parameters -> parameters.add(year).add(year - 1), (division, statement) -> {
            long[] failingAndNotValidated = new long[2];
            try (ResultSet rows = statement.getResultSet()) {
                while (rows.next()) {
                    failingAndNotValidated[0] += rows.getLong(5);
                    failingAndNotValidated[1] += rows.getLong(6);
                }
            }
            return failingAndNotValidated;
        });
        long failing = counts[0];
        long notValidated = counts[1];
        RollupSummary.Coverage before = read.coverage();
        return new Read(read.division(), read.sums(), read.reports(), read.formats(), new RollupSummary.Coverage(before.agencies(),
                before.regionAgencies(), before.reportsPresent(), before.missing(), before.missingAgencies(), failing, notValidated));
    }

    private Read read(String code, int year) {
        return withDivision(code, SUMMARY_SQL, parameters -> parameters.add(year).add(year).add(year - 1).add(year), (division, statement) -> {
            Map<Group, Map<Short, BigDecimal>> sums = new HashMap<>();
            try (ResultSet rows = statement.getResultSet()) {
                while (rows.next()) {
                    sums.computeIfAbsent(new Group(ReportScope.valueOf(rows.getString(1)), rows.getString(2)), group -> new HashMap<>())
                            .put(rows.getShort(3), rows.getBigDecimal(4));
                }
            }
            Map<Group, Integer> reports = new HashMap<>();
            Map<String, Integer> formats = new TreeMap<>();
            long agencyCount = 0;
            long regionAgencies = 0;
            long present = 0;
            long failing = 0;
            long notValidated = 0;
            statement.getMoreResults();
            try (ResultSet rows = statement.getResultSet()) {
                while (rows.next()) {
                    ReportScope scope = ReportScope.valueOf(rows.getString(1));
                    String formatId = rows.getString(2);
                    long agenciesHere = rows.getLong(3);
                    int reportsHere = rows.getInt(4);
                    agencyCount += agenciesHere;
                    regionAgencies += scope == ReportScope.REGION ? agenciesHere : 0;
                    present += reportsHere;
                    failing += rows.getLong(5);
                    notValidated += rows.getLong(6);
                    if (formatId != null) {
                        reports.merge(new Group(scope, formatId), reportsHere, Integer::sum);
                        formats.merge(formatId, reportsHere, Integer::sum);
                    }
                }
            }
            List<RollupSummary.AgencyRef> missing = new ArrayList<>();
            statement.getMoreResults();
            try (ResultSet rows = statement.getResultSet()) {
                while (rows.next()) {
                    missing.add(new RollupSummary.AgencyRef(rows.getLong(1), rows.getString(2), rows.getString(3),
                            ReportScope.valueOf(rows.getString(4))));
                }
            }
            return new Read(division, sums, reports, formats, new RollupSummary.Coverage(agencyCount, regionAgencies, present,
                    agencyCount - present, missing, failing, notValidated));
        });
    }

    /** Binds a statement's parameters after the first (the division's code). */
    @FunctionalInterface
    private interface Binder {
        void bind(Parameters parameters) throws SQLException;
    }

    /** A statement's parameters, each added in the order it stands in the SQL: no position is counted by hand. */
    private static final class Parameters {

        private final PreparedStatement statement;
        private int next = 1;

        Parameters(PreparedStatement statement) {
            this.statement = statement;
        }

        /** An Integer binds as int4, a Short as int2, a Long as int8, a String as text; a null needs {@link #addNull}. */
        Parameters add(Object value) throws SQLException {
            statement.setObject(next++, java.util.Objects.requireNonNull(value, "use addNull"));
            return this;
        }

        Parameters addNull(int sqlType) throws SQLException {
            statement.setNull(next++, sqlType);
            return this;
        }

        Parameters addCellIds(Short[] ids) throws SQLException {
            statement.setArray(next++, statement.getConnection().createArrayOf("int2", ids));
            return this;
        }
    }

    /** Reads the results that follow the division's row; the statement stands at the first of them. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(RollupSummary.DivisionRef division, PreparedStatement statement) throws SQLException;
    }

    /**
     * Reads a division and what {@code sql} selects in one round trip (pgjdbc sends the statements with one Sync) and
     * outside any transaction: roll-ups only read. {@code sql}'s %2$s is the rules' revision (hex, checked by
     * {@link RulesRevision}), and its %1$s is the division's code prefix, written as a
     * literal: the planner needs it to choose between nested loops (a county) and a parallel hash join (a province),
     * and a bound LIKE pattern is re-planned on every execution while a literal gets one cached plan per division and
     * connection. It is validated digits (from the code's shape, or the stored level's), checked again here because
     * it is written into SQL. Parameter 1 is the code; the binder adds the others.
     */
    private <T> T withDivision(String code, String sql, Binder binder, Reader<T> reader) {
        // the code's shape gives the level, so the division need not be read first (DivisionService refuses a level
        // the code does not imply)
        String prefix = Division.prefixOf(code);
        if (!prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("Division code " + code + " is not digits");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(DIVISION_SQL + sql.formatted(prefix, rulesRevision.value()))) {
            binder.bind(new Parameters(statement).add(code));
            statement.execute();
            RollupSummary.DivisionRef division;
            try (ResultSet rows = statement.getResultSet()) {
                if (!rows.next()) {
                    throw DivisionService.notFound(code);
                }
                division = new RollupSummary.DivisionRef(code, rows.getString(1), DivisionLevel.valueOf(rows.getString(2)), prefix);
            }
            statement.getMoreResults();
            return reader.read(division, statement);
            } catch (SQLException e) {
            throw new IllegalStateException("Could not read the roll-up of division " + code, e);
        }
    }

    /** A group's sums laid out in its format's tables, with that format's in-table rules run over them. */
    private RollupSummary.Sums sums(Read read, Group group, Format format, int year) {
        Map<Short, BigDecimal> byId = read.sums().getOrDefault(group, Map.of());
        short[] ids = storageIds(format);
        BigDecimal[] values = new BigDecimal[ids.length];
        for (int i = 0; i < ids.length; i++) {
            values[i] = byId.get(ids[i]);
        }
        Map<String, SectionBody> sections = new LinkedHashMap<>();
        for (SectionDefinition definition : format.sections()) {
            if (definition.kind() != SectionKind.TABLE) {
                continue;
            }
            Map<String, Map<String, JsonNode>> cells = new LinkedHashMap<>();
            int index = format.firstCellIndex(definition.key());
            for (CellDefinition cell : definition.cells()) {
                BigDecimal value = values[index++];
                cells.computeIfAbsent(cell.row(), row -> new LinkedHashMap<>())
                        .put(cell.column(), value == null ? JsonNodeFactory.instance.nullNode() : number(value));
            }
            sections.put(definition.key(), new SectionBody(definition.key(), definition.kind(), null, null, null, cells, null, null));
        }
        ValidationResult checked = validation.validateSums(format, year, values);
        return new RollupSummary.Sums(group.scope(), format.id(), read.reports().getOrDefault(group, 0), sections, checked);
    }

    /** The storage id of each of a format's cells, indexed like {@code format.cells()}: found once per format, not per cell and request. */
    private short[] storageIds(Format format) {
        return storageIds.computeIfAbsent(format.id(), id -> {
            List<CellDefinition> cells = format.cells();
            short[] ids = new short[cells.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = cellIds.id(cells.get(i).key());
            }
            return ids;
        });
    }

    private static JsonNode number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0 ? JsonNodeFactory.instance.numberNode(plain.toBigIntegerExact())
                : JsonNodeFactory.instance.numberNode(plain);
    }

    // ---- per-agency table

    /** A report whose stored validation counts are missing or stale; parameters: year, year − 1, how many at most. */
    private static final String STALE_SQL = "select " + ValidationCounts.STALE_COLUMNS + " from agency a "
            + "join report r on r.agency_id = a.id and r.year = ? left join report p on p.agency_id = a.id and p.year = ? "
            + "left join validation_counts rv on " + ValidationCounts.OWN_COUNTS + " "
            + "where a.division_code like '%1$s%%' and (rv.report_id is null or not " + ValidationCounts.CURRENT + ") order by r.id limit ?";

    /** The cells the table shows, bound into {@link #agencyTableSql} in this order. */
    private static final List<String> AGENCY_TABLE_CELLS = List.of("table3.NEW.TOTAL", "table4.CASES.RV_TOTAL", "table4.CASES.LD_TOTAL",
            "table4.CASES.LA_TOTAL");

    /**
     * One row an agency, its validity and key figures; the rows matching the filter are counted over the same CTE in
     * the same statement, so the total is known even for a page past the end (one row with a null id). Parameters:
     * year, year − 1, the four cell ids and their array, [validity], limit (null: all), offset. The sort column and
     * direction are written in: they come from {@link SortKey}.
     */
    private static String agencyTableSql(boolean filtered, Sort sort) {
        return "with t as (select * from (select a.id, a.name, a.division_code, a.level, a.scope, r.id is not null as present, r.format_id, "
                + "case when r.id is null then 'MISSING' when rv.report_id is null or not " + ValidationCounts.CURRENT + " then 'UNVALIDATED' "
                + "when rv.errors > 0 then 'INVALID' else 'VALID' end as validity, "
                + "case when " + ValidationCounts.CURRENT + " then rv.errors end as errors, case when " + ValidationCounts.CURRENT + " then rv.warnings end as warnings, "
                + "k.new_applications, k.reviews, k.litigation "
                + "from agency a left join report r on r.agency_id = a.id and r.year = ? "
                + "left join report p on p.agency_id = a.id and p.year = ? "
                + "left join validation_counts rv on " + ValidationCounts.OWN_COUNTS + " "
                + "left join lateral (select sum(rc.value) filter (where rc.cell_id = ?) as new_applications, "
                + "sum(rc.value) filter (where rc.cell_id = ?) as reviews, sum(rc.value) filter (where rc.cell_id in (?, ?)) as litigation "
                + "from report_cell rc where rc.report_id = r.id and rc.cell_id = any(?)) k on r.id is not null "
                + "where a.division_code like '%1$s%%') v" + (filtered ? " where v.validity = ?" : "") + ") "
                + "select n.total, page.* from (select count(*) from t) n (total) left join lateral (select * from t order by "
                + sort.key().column + (sort.descending() ? " desc" : " asc") + " nulls last, id limit ? offset ?) page on true";
    }

    private record AgencyRead(AgencyListing listing, List<ValidationCounts.Stale> stale) {
    }

    /**
     * The table outside any transaction. Reports whose stored counts are stale are read in the same round trip; only
     * when there are some are they validated and stored (in their own transaction) and the table read again.
     */
    public AgencyListing agencies(String code, int year, AgencyRow.Validity validity, Sort sort, PageRequest page) {
        AgencyRead read = readAgencies(code, year, validity, sort, page, validatePerRequest);
        if (read.stale().isEmpty()) {
            return read.listing();
        }
        counts.store(read.stale());
        return readAgencies(code, year, validity, sort, page, 0).listing();
    }

    private AgencyRead readAgencies(String code, int year, AgencyRow.Validity validity, Sort sort, PageRequest page, int staleLimit) {
        return withDivision(code, STALE_SQL + ";\n" + agencyTableSql(validity != null, sort), parameters -> {
            parameters.add(year).add(year - 1).add(Math.max(staleLimit, 0)).add(year).add(year - 1);
            Short[] ids = AGENCY_TABLE_CELLS.stream().map(cellIds::id).toArray(Short[]::new);
            for (Short id : ids) {
                parameters.add(id);
            }
            parameters.addCellIds(ids);
            if (validity != null) {
                parameters.add(validity.name());
            }
            if (page == null) {
                parameters.addNull(java.sql.Types.BIGINT).add(0L);
            } else {
                parameters.add((long) page.size()).add((long) page.page() * page.size());
            }
        }, (division, statement) -> {
            List<ValidationCounts.Stale> stale = ValidationCounts.stale(statement);
            statement.getMoreResults();
            long total = 0;
            List<AgencyRow> items = new ArrayList<>();
            try (ResultSet rows = statement.getResultSet()) {
                while (rows.next()) {
                    total = rows.getLong(1);
                    if (rows.getObject(2) == null) {
                        continue;     // a page past the end: the count alone
                    }
                    items.add(new AgencyRow(rows.getLong(2), rows.getString(3), rows.getString(4), AgencyLevel.valueOf(rows.getString(5)),
                            ReportScope.valueOf(rows.getString(6)), rows.getBoolean(7), rows.getString(8),
                            AgencyRow.Validity.valueOf(rows.getString(9)), (Integer) rows.getObject(10), (Integer) rows.getObject(11),
                            rows.getBigDecimal(12), rows.getBigDecimal(13), rows.getBigDecimal(14)));
                }
            }
            return new AgencyRead(new AgencyListing(division, items, total), stale);
        });
    }

    // ---- trend

    /**
     * AGENCY-scope reports by year and format, then the indicator cells summed by year, format and cell from cell_sum (as
     * {@link #SUM_SQL}; Indicators adds across formats only what means the same). Parameters: from, to (twice), then the
     * cell ids.
     */
    private static final String TREND_SQL = "select r.year, r.format_id, count(*) from agency a "
            + "join report r on r.agency_id = a.id and r.year between ? and ? "
            + "where a.division_code like '%1$s%%' and a.scope = 'AGENCY' group by r.year, r.format_id;\n"
            + "select s.year, s.format_id, s.cell_id, case when sum(s.reported) > 0 then sum(s.total) end from cell_sum s "
            + "where s.year between ? and ? and s.division_code like '%1$s%%' and s.scope = 'AGENCY' and s.cell_id = any(?) "
            + "group by s.year, s.format_id, s.cell_id";

    public Trend trend(String code, int from, int to) {
        // every indicator is a catalogue cell, so it has an id: a typo in Indicators fails here rather than reading as blank
        Short[] ids = Indicators.KEYS.stream().map(cellIds::id).toArray(Short[]::new);
        return withDivision(code, TREND_SQL, parameters -> parameters.add(from).add(to).add(from).add(to).addCellIds(ids),
                (division, statement) -> {
            Map<Integer, Map<String, Long>> reports = new HashMap<>();
            try (ResultSet rows = statement.getResultSet()) {
                while (rows.next()) {
                    reports.computeIfAbsent(rows.getInt(1), year -> new HashMap<>()).put(rows.getString(2), rows.getLong(3));
                }
            }
            Map<Integer, Map<String, Map<String, BigDecimal>>> sums = new HashMap<>();
            statement.getMoreResults();
            try (ResultSet rows = statement.getResultSet()) {
                while (rows.next()) {
                    Map<String, BigDecimal> cells = sums.computeIfAbsent(rows.getInt(1), year -> new HashMap<>())
                            .computeIfAbsent(rows.getString(2), format -> new HashMap<>());
                    BigDecimal value = rows.getBigDecimal(4);
                    cellIds.key(rows.getShort(3)).ifPresent(key -> cells.put(key, value));
                }
            }
            List<Trend.Point> points = new ArrayList<>();
            for (int year = from; year <= to; year++) {
                points.add(Indicators.point(year, catalogue.forYear(year).map(Format::id).orElse(null), reports.getOrDefault(year, Map.of()),
                        sums.getOrDefault(year, Map.of())));
            }
            return new Trend(division, from, to, ReportScope.AGENCY, points);
        });
    }

    // ---- validation counts

    /** Up to the configured number of the division's reports whose stored counts are not current, read outside a transaction. */
    private List<ValidationCounts.Stale> stale(String code, int year) {
        return withDivision(code, STALE_SQL, parameters -> parameters.add(year).add(year - 1).add(Math.max(validatePerRequest, 0)),
                (division, statement) -> ValidationCounts.stale(statement));
    }

    // ---- helpers

    private Format formatOf(int year) {
        return catalogue.forYear(year).orElseThrow(() -> ApiException.invalidInput(Violation.parameter("year",
                "no national format covers " + year + " (formats cover 2019 onwards)")));
    }
}
