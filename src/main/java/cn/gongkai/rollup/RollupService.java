package cn.gongkai.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gongkai.agency.AgencyIdentityChanged;
import cn.gongkai.agency.AgencyLevel;
import cn.gongkai.agency.ReportScope;
import cn.gongkai.common.PageRequest;
import cn.gongkai.division.Division;
import cn.gongkai.division.DivisionLevel;
import cn.gongkai.division.DivisionService;
import cn.gongkai.format.BlockDefinition;
import cn.gongkai.format.ColumnDefinition;
import cn.gongkai.format.Format;
import cn.gongkai.format.FormatCatalogue;
import cn.gongkai.format.RowDefinition;
import cn.gongkai.format.SectionDefinition;
import cn.gongkai.format.SectionKind;
import cn.gongkai.problem.ApiException;
import cn.gongkai.problem.Violation;
import cn.gongkai.report.CellRegistry;
import cn.gongkai.report.SectionBody;
import cn.gongkai.validation.ReportDecisionsChanged;
import cn.gongkai.validation.Severity;
import cn.gongkai.validation.ValidationResult;
import cn.gongkai.validation.ValidationService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Roll-ups of a division's reports. Sums are one SQL statement over report_cell, grouped by scope and cell;
 * nothing loads reports into memory. The division's code prefix selects its agencies (an agency belongs to
 * the division of its divisionCode and to every ancestor). The prefix and year are validated digits, so they
 * are written into the SQL as literals: the planner then sees the prefix and uses the division-code index.
 */
@ApplicationScoped
public class RollupService {

    static final int MISSING_LISTED = 100;
    /** Agencies whose current validation counts match this report and last year's (cross-year rules read it). */
    private static final String CURRENT = "(rv.report_version = r.version and rv.previous_version is not distinct from p.version)";

    private final EntityManager db;
    private final AgroalDataSource dataSource;
    private final DivisionService divisions;
    private final CellRegistry cellIds;
    private final FormatCatalogue catalogue;
    private final ValidationService validation;
    private final int validatePerRequest;

    public RollupService(EntityManager db, AgroalDataSource dataSource, DivisionService divisions, CellRegistry cellIds, FormatCatalogue catalogue,
            ValidationService validation,
            @ConfigProperty(name = "gongkai.rollup.validate-per-request", defaultValue = "200") int validatePerRequest) {
        this.db = db;
        this.dataSource = dataSource;
        this.divisions = divisions;
        this.cellIds = cellIds;
        this.catalogue = catalogue;
        this.validation = validation;
        this.validatePerRequest = validatePerRequest;
        Indicators.check(catalogue);
    }

    /** Sorting of the per-agency table. */
    public enum SortKey {
        NAME("a.name"), DIVISION("a.division_code"), ERRORS("errors"), WARNINGS("warnings"), NEW_APPLICATIONS("new_applications"),
        REVIEWS("reviews"), LITIGATION("litigation");

        final String column;

        SortKey(String column) {
            this.column = column;
        }
    }

    public record Sort(SortKey key, boolean descending) {
    }

    public record AgencyListing(RollupSummary.DivisionRef division, List<AgencyRow> rows, long total) {
    }

    // ---- summary

    /**
     * The division, its sums, coverage counts and missing agencies in one round trip (pgjdbc sends the four
     * statements with one Sync) and outside a transaction: it only reads. Each statement sees its own snapshot,
     * as the separate statements in one READ COMMITTED transaction did before. The code and years are bound; the
     * prefix stays a literal (validated digits) so the planner sees it: a bound LIKE pattern is re-planned on
     * every execution, a literal gets one cached plan per division and connection.
     */
    private static final String SUMMARY_SQL = "select d.name, d.level from division d where d.code = ?;\n"
            + "select a.scope, r.format_id, rc.cell_id, sum(rc.value) from agency a "
            + "join report r on r.agency_id = a.id and r.year = ? join report_cell rc on rc.report_id = r.id "
            + "where a.division_code like '%1$s%%' group by a.scope, r.format_id, rc.cell_id;\n"
            + coverageSql() + ";\n"
            + "select a.id, a.name, a.division_code, a.scope from agency a " + lookup("report r", "r.id", "r.agency_id = a.id and r.year = ?")
            + "where a.division_code like '%1$s%%' and r.id is null order by a.division_code, a.id limit " + MISSING_LISTED;

    /** Coverage counts by scope and format (agencies, reports, failing, not validated); its parameters: year, year − 1. */
    private static String coverageSql() {
        return "select a.scope, r.format_id, count(*), count(r.id), "
                + "count(*) filter (where rv.errors > 0 and " + CURRENT + "), "
                + "count(r.id) filter (where rv.report_id is null or not " + CURRENT + ") "
                + "from agency a " + lookup("report r", "r.id, r.format_id, r.version", "r.agency_id = a.id and r.year = ?")
                + lookup("report p", "p.version", "p.agency_id = a.id and p.year = ?")
                + lookup("report_validation rv", "rv.*", "rv.report_id = r.id")
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
        String prefix = read.division().prefix();
        QuarkusTransaction.requiringNew().run(() -> refreshValidation("a.division_code like '" + prefix + "%'", year));
        // only the validation counts changed: read them again, not the sums
        long failing = 0;
        long notValidated = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(coverageSql().formatted(prefix))) {
            statement.setInt(1, year);
            statement.setInt(2, year - 1);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    failing += rows.getLong(5);
                    notValidated += rows.getLong(6);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the validation counts of division " + code, e);
        }
        RollupSummary.Coverage before = read.coverage();
        return new Read(read.division(), read.sums(), read.reports(), read.formats(), new RollupSummary.Coverage(before.agencies(),
                before.regionAgencies(), before.reportsPresent(), before.missing(), before.missingAgencies(), failing, notValidated));
    }

    private Read read(String code, int year) {
        // the code's shape gives the level, so the division need not be read first (DivisionService refuses a
        // level the code does not imply)
        return read(code, year, DivisionLevel.ofCode(code));
    }

    private Read read(String code, int year, DivisionLevel level) {
        String prefix = code.substring(0, level.prefixLength());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SUMMARY_SQL.formatted(prefix))) {
            statement.setString(1, code);
            statement.setInt(2, year);
            statement.setInt(3, year);
            statement.setInt(4, year - 1);
            statement.setInt(5, year);
            statement.execute();
            RollupSummary.DivisionRef division;
            try (ResultSet rows = statement.getResultSet()) {
                if (!rows.next()) {
                    throw DivisionService.notFound(code);
                }
                division = new RollupSummary.DivisionRef(code, rows.getString(1), DivisionLevel.valueOf(rows.getString(2)), prefix);
            }
            Map<Group, Map<Short, BigDecimal>> sums = new HashMap<>();
            statement.getMoreResults();
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
            if (division.level() != level) {
                // stored before levels were checked against codes: its own level decides the prefix
                return read(code, year, division.level());
            }
            return new Read(division, sums, reports, formats, new RollupSummary.Coverage(agencyCount, regionAgencies, present,
                    agencyCount - present, missing, failing, notValidated));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the summary of division " + code, e);
        }
    }

    /** A group's sums laid out in its format's tables, with that format's in-table rules run over them. */
    private RollupSummary.Sums sums(Read read, Group group, Format format, int year) {
        Map<String, BigDecimal> byKey = new HashMap<>();
        read.sums().getOrDefault(group, Map.of()).forEach((id, value) -> cellIds.key(id).ifPresent(key -> byKey.put(key, value)));
        Map<String, SectionBody> sections = new LinkedHashMap<>();
        ObjectNode report = JsonNodeFactory.instance.objectNode().put("year", year).put("format", format.id());
        ObjectNode sectionsNode = report.putObject("sections");
        for (SectionDefinition definition : format.sections()) {
            if (definition.kind() != SectionKind.TABLE) {
                continue;
            }
            Map<String, Map<String, JsonNode>> cells = new LinkedHashMap<>();
            // the validator reads the same cells as a report's JSON tree, built alongside (cheaper than valueToTree)
            ObjectNode cellsNode = sectionsNode.putObject(definition.key()).putObject("cells");
            for (BlockDefinition block : definition.blocks()) {
                for (RowDefinition row : block.rows()) {
                    Map<String, JsonNode> values = new LinkedHashMap<>();
                    ObjectNode rowNode = cellsNode.putObject(row.key());
                    for (ColumnDefinition column : block.columns()) {
                        String key = definition.key() + "." + row.key() + "." + column.key();
                        BigDecimal value = byKey.get(key);
                        JsonNode node = value == null ? JsonNodeFactory.instance.nullNode() : number(value);
                        values.put(column.key(), node);
                        rowNode.set(column.key(), node);
                    }
                    cells.put(row.key(), values);
                }
            }
            sections.put(definition.key(), new SectionBody(definition.key(), definition.kind(), null, null, null, cells, null, null));
        }
        ValidationResult checked = validation.validateTables(report, format, year);
        return new RollupSummary.Sums(group.scope(), format.id(), read.reports().getOrDefault(group, 0), sections, checked);
    }

    private static JsonNode number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0 ? JsonNodeFactory.instance.numberNode(plain.toBigIntegerExact())
                : JsonNodeFactory.instance.numberNode(plain);
    }

    // ---- per-agency table

    @Transactional
    public AgencyListing agencies(String code, int year, AgencyRow.Validity validity, Sort sort, PageRequest page) {
        Division division = divisions.get(code);
        String agencies = "a.division_code like '" + division.prefix() + "%'";
        refreshValidation(agencies, year);
        String validityCase = "case when r.id is null then 'MISSING' when rv.report_id is null or not " + CURRENT + " then 'UNVALIDATED' "
                + "when rv.errors > 0 then 'INVALID' else 'VALID' end";
        String sql = "select t.*, count(*) over () from (select a.id, a.name, a.division_code, a.level, a.scope, r.id is not null, r.format_id, "
                + validityCase + " as validity, "
                + "case when " + CURRENT + " then rv.errors end as errors, case when " + CURRENT + " then rv.warnings end as warnings, "
                + "k.new_applications, k.reviews, k.litigation "
                + "from agency a left join report r on r.agency_id = a.id and r.year = " + year + " "
                + "left join report p on p.agency_id = a.id and p.year = " + (year - 1) + " "
                + "left join report_validation rv on rv.report_id = r.id "
                + "left join lateral (select sum(rc.value) filter (where rc.cell_id = " + id("table3.NEW.TOTAL") + ") as new_applications, "
                + "sum(rc.value) filter (where rc.cell_id = " + id("table4.CASES.RV_TOTAL") + ") as reviews, "
                + "sum(rc.value) filter (where rc.cell_id in (" + id("table4.CASES.LD_TOTAL") + ", " + id("table4.CASES.LA_TOTAL") + ")) as litigation "
                + "from report_cell rc where rc.report_id = r.id and rc.cell_id in (" + id("table3.NEW.TOTAL") + ", "
                + id("table4.CASES.RV_TOTAL") + ", " + id("table4.CASES.LD_TOTAL") + ", " + id("table4.CASES.LA_TOTAL") + ")) k on r.id is not null "
                + "where " + agencies + ") t "
                + (validity == null ? "" : "where validity = '" + validity.name() + "' ")
                + "order by " + sort.key().column.replace("a.", "") + (sort.descending() ? " desc" : " asc") + " nulls last, id "
                + (page == null ? "" : "limit " + page.size() + " offset " + ((long) page.page() * page.size()));
        List<Object[]> rows = rows(sql);
        long total = rows.isEmpty() ? (page == null || page.page() == 0 ? 0 : count(agencies, year, validity, validityCase))
                : ((Number) rows.get(0)[13]).longValue();
        List<AgencyRow> items = rows.stream().map(row -> new AgencyRow(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                AgencyLevel.valueOf((String) row[3]), ReportScope.valueOf((String) row[4]), (Boolean) row[5], (String) row[6],
                AgencyRow.Validity.valueOf((String) row[7]), integer(row[8]), integer(row[9]), (BigDecimal) row[10], (BigDecimal) row[11],
                (BigDecimal) row[12])).toList();
        return new AgencyListing(ref(division), items, total);
    }

    private long count(String agencies, int year, AgencyRow.Validity validity, String validityCase) {
        return ((Number) db.createNativeQuery("select count(*) from (select " + validityCase + " as validity from agency a "
                + "left join report r on r.agency_id = a.id and r.year = " + year + " "
                + "left join report p on p.agency_id = a.id and p.year = " + (year - 1) + " "
                + "left join report_validation rv on rv.report_id = r.id where " + agencies + ") t"
                + (validity == null ? "" : " where validity = '" + validity.name() + "'")).getSingleResult()).longValue();
    }

    // ---- trend

    @Transactional
    public Trend trend(String code, int from, int to) {
        Division division = divisions.get(code);
        String agencies = "a.division_code like '" + division.prefix() + "%' and a.scope = 'AGENCY'";
        Map<Integer, Map<String, Long>> reports = new HashMap<>();
        for (Object[] row : rows("select r.year, r.format_id, count(*) from agency a join report r on r.agency_id = a.id and r.year between "
                + from + " and " + to + " where " + agencies + " group by r.year, r.format_id")) {
            reports.computeIfAbsent(((Number) row[0]).intValue(), year -> new HashMap<>()).put((String) row[1], ((Number) row[2]).longValue());
        }
        // by format: Indicators adds only the cells that mean the same in every format
        Map<Integer, Map<String, Map<String, BigDecimal>>> sums = new HashMap<>();
        // every indicator is a catalogue cell, so it has an id: a typo in Indicators fails here rather than reading as blank
        String ids = String.join(", ", Indicators.KEYS.stream().map(key -> String.valueOf(cellIds.id(key))).toList());
        for (Object[] row : rows("select r.year, r.format_id, rc.cell_id, sum(rc.value) from agency a "
                + "join report r on r.agency_id = a.id and r.year between " + from + " and " + to + " "
                + "join report_cell rc on rc.report_id = r.id and rc.cell_id in (" + ids + ") "
                + "where " + agencies + " group by r.year, r.format_id, rc.cell_id")) {
            cellIds.key(((Number) row[2]).shortValue()).ifPresent(key -> sums.computeIfAbsent(((Number) row[0]).intValue(),
                    year -> new HashMap<>()).computeIfAbsent((String) row[1], format -> new HashMap<>()).put(key, (BigDecimal) row[3]));
        }
        List<Trend.Point> points = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            points.add(Indicators.point(year, catalogue.forYear(year).map(Format::id).orElse(null), reports.getOrDefault(year, Map.of()),
                    sums.getOrDefault(year, Map.of())));
        }
        return new Trend(ref(division), from, to, ReportScope.AGENCY, points);
    }

    // ---- validation counts

    /** A dismissal changes what fails without changing the report: drop its stored counts, the next roll-up recounts. */
    @Transactional
    void forgetCounts(@Observes ReportDecisionsChanged change) {
        db.createNativeQuery("delete from report_validation where report_id = ?1").setParameter(1, change.reportId()).executeUpdate();
    }

    /** A new name or level changes what the agency's reports fail, in every year: drop all their stored counts. */
    @Transactional
    void forgetCounts(@Observes AgencyIdentityChanged change) {
        db.createNativeQuery("delete from report_validation rv using report r where rv.report_id = r.id and r.agency_id = ?1")
                .setParameter(1, change.agencyId()).executeUpdate();
    }

    /**
     * Validates the division's reports whose stored counts are not current, at most a configured number per
     * request (validation loads and checks each report: ~ms apiece). The rest are reported as notValidated.
     */
    private void refreshValidation(String agencies, int year) {
        if (validatePerRequest <= 0) {
            return;
        }
        List<Object[]> stale = rows("select r.id, r.agency_id, r.version, p.version from agency a "
                + "join report r on r.agency_id = a.id and r.year = " + year + " "
                + "left join report p on p.agency_id = a.id and p.year = " + (year - 1) + " "
                + "left join report_validation rv on rv.report_id = r.id "
                + "where " + agencies + " and (rv.report_id is null or not " + CURRENT + ") order by r.id limit " + validatePerRequest);
        ValidationService.Filter countOnly = new ValidationService.Filter(ValidationService.Include.FAILURES, Set.of(), Set.of());
        for (Object[] row : stale) {
            ValidationResult result = validation.validateStored(((Number) row[1]).longValue(), year, countOnly);
            db.createNativeQuery("insert into report_validation (report_id, report_version, previous_version, errors, warnings, validated_at) "
                    + "values (?1, ?2, ?3, ?4, ?5, now()) on conflict (report_id) do update set report_version = excluded.report_version, "
                    + "previous_version = excluded.previous_version, errors = excluded.errors, warnings = excluded.warnings, "
                    + "validated_at = excluded.validated_at")
                    .setParameter(1, ((Number) row[0]).longValue()).setParameter(2, ((Number) row[2]).longValue())
                    .setParameter(3, row[3] == null ? null : ((Number) row[3]).longValue())
                    .setParameter(4, result.summary().bySeverity().get(Severity.ERROR).failed())
                    .setParameter(5, result.summary().bySeverity().get(Severity.WARNING).failed())
                    .executeUpdate();
        }
    }

    // ---- helpers

    private Format formatOf(int year) {
        return catalogue.forYear(year).orElseThrow(() -> ApiException.invalidInput(Violation.parameter("year",
                "no national format covers " + year + " (formats cover 2019 onwards)")));
    }

    private short id(String key) {
        return cellIds.id(key);
    }

    private static RollupSummary.DivisionRef ref(Division division) {
        return new RollupSummary.DivisionRef(division.code, division.name, division.level, division.prefix());
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return db.createNativeQuery(sql).getResultList();
    }
}
