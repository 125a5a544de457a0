package cn.gongkai.division;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import cn.gongkai.agency.Agency;
import cn.gongkai.common.Clock;
import cn.gongkai.common.Csv;
import cn.gongkai.common.EntityTags;
import cn.gongkai.common.PageRequest;
import cn.gongkai.common.TextRules;
import cn.gongkai.problem.ApiException;
import cn.gongkai.problem.Violation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DivisionService {

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(Division.CODE_PATTERN);
    /** CSV header names, English or Chinese. */
    private static final Map<String, String> CSV_HEADERS = Map.of("code", "code", "代码", "code", "name", "name", "名称", "name",
            "level", "level", "级别", "level", "parentcode", "parentCode", "上级代码", "parentCode");

    public record Listing(List<Division> divisions, long totalItems) {
    }

    /** A division as written, with where it came from in an upload (a JSON pointer prefix, and a CSV line). */
    record Entry(DivisionBody body, String pointer, Integer line) {
    }

    public Listing list(PageRequest page, String parent, DivisionLevel level) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (parent != null) {
            get(parent);
            conditions.add("parentCode = :parent");
            parameters.and("parent", parent);
        }
        if (level != null) {
            conditions.add("level = :level");
            parameters.and("level", level);
        }
        String where = String.join(" and ", conditions);
        PanacheQuery<Division> query = where.isEmpty() ? Division.findAll(Sort.by("code"))
                : Division.find(where, Sort.by("code"), parameters.map());
        return new Listing(query.page(page.page(), page.size()).list(), query.count());
    }

    public static ApiException notFound(String code) {
        return ApiException.notFound("There is no division " + code + ".");
    }

    public Division get(String code) {
        return Division.<Division> findByIdOptional(code)
                .orElseThrow(() -> notFound(code));
    }

    public record Written(Division division, boolean created) {
    }

    @Transactional
    public Written put(String code, DivisionBody body, String ifMatch) {
        if (body.code() != null && !body.code().equals(code)) {
            throw ApiException.invalidInput(Violation.at("/code", "is " + body.code() + " but the path names division " + code));
        }
        Division existing = Division.findById(code, LockModeType.PESSIMISTIC_WRITE);
        EntityTags.requireMatch(ifMatch, existing == null ? null : etag(existing), "division " + code);
        Entry entry = new Entry(new DivisionBody(code, body.name(), body.level(), body.parentCode(), null), "", null);
        List<Violation> problems = check(entry, Map.of(), parentCode -> Division.findById(parentCode));
        if (existing != null && body.parentCode() != null && isBelow(body.parentCode(), code)) {
            problems.add(Violation.at("/parentCode", "would make the division its own ancestor"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalidInput(problems.size() + " value(s) refused; nothing was stored.", problems);
        }
        Division division = existing == null ? new Division() : existing;
        apply(entry.body(), division);
        division.persistAndFlush();
        return new Written(division, existing == null);
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        Division division = Division.<Division> findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> notFound(code));
        EntityTags.requireMatch(ifMatch, etag(division), "division " + code);
        long children = Division.count("parentCode", code);
        long agencies = Agency.count("divisionCode like ?1", division.prefix() + "%");
        if (children > 0 || agencies > 0) {
            throw ApiException.conflict("Division " + code + " has " + children + " sub-division(s) and " + agencies
                    + " agency(ies) in it; delete or move them first.", List.of());
        }
        division.delete();
    }

    /** Stores a whole list of divisions (created or replaced), all or none. */
    @Transactional
    public BulkResult bulkJson(List<DivisionBody> bodies) {
        if (bodies == null) {
            throw ApiException.invalidInput(Violation.at("", "must be a JSON array of divisions"));
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            if (bodies.get(i) == null) {
                throw ApiException.invalidInput(Violation.at("/" + i, "must be a division object"));
            }
            entries.add(new Entry(bodies.get(i), "/" + i, null));
        }
        return bulk(entries);
    }

    /** The same from CSV: a header line (code,name,level,parentCode or 代码,名称,级别,上级代码), then a division a line. */
    @Transactional
    public BulkResult bulkCsv(String text) {
        List<Csv.Row> rows;
        try {
            rows = Csv.read(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidInput(Violation.at("", e.getMessage()));
        }
        if (rows.isEmpty()) {
            throw ApiException.invalidInput(Violation.at("", "line 1: a header line is required: code,name,level,parentCode"));
        }
        List<String> header = rows.get(0).fields().stream().map(name -> CSV_HEADERS.get(name.strip().toLowerCase())).toList();
        if (!header.contains("code") || !header.contains("name") || header.contains(null)) {
            throw ApiException.invalidInput(Violation.at("", "line 1: the header must name the columns code,name[,level][,parentCode] "
                    + "(or 代码,名称,级别,上级代码); got " + rows.get(0).fields()));
        }
        List<Entry> entries = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            Csv.Row row = rows.get(i);
            String pointer = "/" + (i - 1);
            if (row.fields().size() != header.size()) {
                problems.add(Violation.at(pointer, "line " + row.line() + ": has " + row.fields().size() + " fields, the header "
                        + header.size()));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int column = 0; column < header.size(); column++) {
                String value = row.fields().get(column).strip();
                values.put(header.get(column), value.isEmpty() ? null : value);
            }
            DivisionLevel level = null;
            if (values.get("level") != null) {
                try {
                    level = DivisionLevel.valueOf(values.get("level").toUpperCase());
                } catch (IllegalArgumentException e) {
                    problems.add(Violation.at(pointer + "/level", "line " + row.line() + ": must be PROVINCE, CITY or COUNTY"));
                    continue;
                }
            }
            entries.add(new Entry(new DivisionBody(values.get("code"), values.get("name"), level, values.get("parentCode"), null),
                    pointer, row.line()));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalidInput(problems.size() + " line(s) refused; nothing was stored.", problems);
        }
        return bulk(entries);
    }

    private BulkResult bulk(List<Entry> entries) {
        Map<String, Entry> byCode = new HashMap<>();
        List<Violation> problems = new ArrayList<>();
        for (Entry entry : entries) {
            String code = entry.body().code();
            if (code != null && byCode.putIfAbsent(code, entry) != null) {
                problems.add(Violation.at(entry.pointer() + "/code", where(entry) + "repeats division " + code));
            }
        }
        // the entries and the parents they name, in one query
        Set<String> wanted = new HashSet<>(byCode.keySet());
        entries.stream().map(entry -> entry.body().parentCode()).filter(code -> code != null).forEach(wanted::add);
        Map<String, Division> stored = new HashMap<>();
        Division.<Division> list("code in ?1", wanted.isEmpty() ? Set.of("") : wanted).forEach(division -> stored.put(division.code, division));
        for (Entry entry : entries) {
            problems.addAll(check(entry, byCode, stored::get));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalidInput(problems.size() + " value(s) refused; nothing was stored.", problems);
        }
        int created = 0;
        // parents first, so the foreign key holds at every insert
        List<Entry> ordered = entries.stream().sorted(Comparator.comparing(entry -> level(entry.body()))).toList();
        for (Entry entry : ordered) {
            Division division = stored.get(entry.body().code());
            if (division == null) {
                division = new Division();
                created++;
            }
            apply(entry.body(), division);
            division.persist();
        }
        Division.flush();
        return new BulkResult(entries.size(), created, entries.size() - created);
    }

    /** Every problem with one entry; parents may be in the same upload ({@code batch}) or stored. */
    private static List<Violation> check(Entry entry, Map<String, Entry> batch, Function<String, Division> stored) {
        List<Violation> problems = new ArrayList<>();
        DivisionBody body = entry.body();
        String at = entry.pointer();
        String where = where(entry);
        if (body.code() == null || !CODE.matcher(body.code()).matches() || body.code().equals("000000")) {
            problems.add(Violation.at(at + "/code", where + Division.CODE_MESSAGE));
            return problems;
        }
        if (body.name() == null || body.name().isBlank()) {
            problems.add(Violation.at(at + "/name", where + "is required"));
        } else if (body.name().length() > 100) {
            problems.add(Violation.at(at + "/name", where + "must be at most 100 characters"));
        } else {
            // what @PlainText checks on PUT: a bulk upload is not bean-validated entry by entry
            TextRules.problem(body.name(), false).ifPresent(reason -> problems.add(Violation.at(at + "/name", where + reason)));
        }
        DivisionLevel level = level(body);
        if (body.level() != null && body.level() != DivisionLevel.ofCode(body.code())) {
            problems.add(Violation.at(at + "/level", where + "is " + body.level() + " but code " + body.code() + " is shaped as a "
                    + DivisionLevel.ofCode(body.code())));
            return problems;
        }
        String parentCode = body.parentCode();
        if (level == DivisionLevel.PROVINCE) {
            if (parentCode != null) {
                problems.add(Violation.at(at + "/parentCode", where + "a province has no parent"));
            }
            return problems;
        }
        if (parentCode == null) {
            problems.add(Violation.at(at + "/parentCode", where + "is required for a " + level + " (e.g. "
                    + body.code().substring(0, level == DivisionLevel.CITY ? 2 : 4) + (level == DivisionLevel.CITY ? "0000" : "00") + ")"));
            return problems;
        }
        if (!CODE.matcher(parentCode).matches()) {
            problems.add(Violation.at(at + "/parentCode", where + Division.CODE_MESSAGE));
            return problems;
        }
        DivisionLevel parentLevel = DivisionLevel.ofCode(parentCode);
        if (parentLevel.compareTo(level) >= 0 || !body.code().startsWith(parentCode.substring(0, parentLevel.prefixLength()))) {
            problems.add(Violation.at(at + "/parentCode", where + parentCode + " cannot contain " + body.code()
                    + ": a parent is a higher level whose code prefix the code shares"));
        } else if (!batch.containsKey(parentCode) && stored.apply(parentCode) == null) {
            problems.add(Violation.at(at + "/parentCode", where + "there is no division " + parentCode
                    + " (stored or in this upload)"));
        }
        return problems;
    }

    private static String where(Entry entry) {
        return entry.line() == null ? "" : "line " + entry.line() + ": ";
    }

    private static DivisionLevel level(DivisionBody body) {
        return body.level() != null ? body.level() : DivisionLevel.ofCode(body.code());
    }

    /** Whether {@code code} is {@code ancestor} or below it, following stored parents. */
    private static boolean isBelow(String code, String ancestor) {
        String current = code;
        for (int depth = 0; current != null && depth < 5; depth++) {
            if (current.equals(ancestor)) {
                return true;
            }
            Division division = Division.findById(current);
            current = division == null ? null : division.parentCode;
        }
        return false;
    }

    private static void apply(DivisionBody body, Division division) {
        division.code = body.code();
        division.name = body.name().strip();
        division.level = level(body);
        division.parentCode = body.parentCode();
        division.updatedAt = Clock.now();
    }

    public static EntityTag etag(Division division) {
        return EntityTags.of("division", Long.parseLong(division.code), division.version);
    }
}
