package cn.gongkai.report;

import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import cn.gongkai.agency.Agency;
import cn.gongkai.agency.AgencyService;
import cn.gongkai.common.Clock;
import cn.gongkai.common.EntityTags;
import cn.gongkai.format.CellDefinition;
import cn.gongkai.format.Format;
import cn.gongkai.format.FormatCatalogue;
import cn.gongkai.format.SectionDefinition;
import cn.gongkai.problem.ApiException;
import cn.gongkai.problem.Violation;

/** Reports and their sections: reads, whole-report and per-section writes, all checked against the catalogue. */
@ApplicationScoped
public class ReportService {

    /** Earliest report year: the 条例 took effect in 2008. */
    public static final int FIRST_YEAR = 2008;

    /** A rendered resource with what its response headers need. */
    public record Rendered<T>(T body, EntityTag etag, Instant lastModified, boolean created) {
    }

    private final AgencyService agencies;
    private final FormatCatalogue catalogue;
    private final CellRegistry cellIds;
    private final ReportView view;

    public ReportService(AgencyService agencies, FormatCatalogue catalogue, CellRegistry cellIds, ReportView view) {
        this.agencies = agencies;
        this.catalogue = catalogue;
        this.cellIds = cellIds;
        this.view = view;
    }

    @Transactional
    public List<YearSummary> years(long agencyId) {
        agencies.get(agencyId);
        // only the listed columns, the sections counted in the query: the preamble and the sections' narratives (up to
        // 200k characters each) would be loaded only to be dropped
        List<Object[]> rows = Report.getEntityManager().createQuery("select r.id, r.version, r.year, r.formatId, r.title, r.updatedAt, "
                + "size(r.sections) from Report r where r.agency.id = ?1 order by r.year desc", Object[].class)
                .setParameter(1, agencyId).getResultList();
        return rows.stream().map(row -> new YearSummary((Integer) row[2], (String) row[3], (String) row[4], ((Number) row[6]).intValue(),
                EntityTags.quoted(reportTag((Long) row[0], (Long) row[1])), (java.time.Instant) row[5])).toList();
    }

    @Transactional
    public Rendered<ReportBody> get(long agencyId, int year) {
        Report report = find(agencyId, year, LockModeType.NONE);
        return new Rendered<>(view.report(report), etag(report), report.updatedAt, false);
    }

    @Transactional
    public Rendered<ReportBody> put(long agencyId, int year, ReportBody body, String ifMatch, String ifNoneMatch) {
        Agency agency = agencies.get(agencyId);
        checkYear(year);
        ReportBody input = body == null ? new ReportBody(null, null, null, null, null, null, null, null, null) : body;
        Report report = Report.<Report> find("agency.id = ?1 and year = ?2", agencyId, year)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().orElse(null);
        String what = "the report of agency " + agencyId + " for " + year;
        EntityTags.requireMatch(ifMatch, report == null ? null : etag(report), what);
        EntityTags.requireAbsent(ifNoneMatch, report != null, what);

        List<Violation> violations = new ArrayList<>();
        checkIdentity(input, agency, year, violations);
        Format format = chooseFormat(input.format(), year, violations);
        Map<SectionDefinition, SectionContent> contents = new HashMap<>();
        if (format != null && input.sections() != null) {
            input.sections().forEach((key, section) -> {
                String pointer = "/sections/" + Violation.token(key);
                format.section(key).ifPresentOrElse(
                        definition -> {
                            if (section == null) {
                                violations.add(Violation.at(pointer, "must be an object"));
                            } else {
                                contents.put(definition, SectionReader.read(format, definition, section, pointer, violations));
                            }
                        },
                        () -> violations.add(Violation.at(pointer, "is not a section of format " + format.id() + "; its sections are "
                                + String.join(", ", format.sections().stream().map(SectionDefinition::key).toList()))));
            });
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalidInput(violations.size() + " value(s) refused; nothing was stored.", violations);
        }

        Instant now = Clock.now();
        boolean created = report == null;
        if (created) {
            report = new Report();
            report.agency = agency;
            report.year = year;
            report.createdAt = now;
        }
        boolean changed = created || !Objects.equals(report.formatId, format.id()) || !Objects.equals(report.title, input.title())
                || !Objects.equals(report.preamble, input.preamble()) || !Objects.equals(report.publishedOn, input.publishedOn());
        if (!format.id().equals(report.formatId) && report.formatId != null) {
            // A different format has different tables: nothing of the old one carries over.
            report.sections.clear();
            report.cells.clear();
        }
        report.formatId = format.id();
        report.title = input.title();
        report.preamble = input.preamble();
        report.publishedOn = input.publishedOn();
        for (SectionDefinition definition : format.sections()) {
            SectionContent content = contents.get(definition);
            changed |= content == null ? removeSection(report, definition) : writeSection(report, definition, content, now);
        }
        if (changed) {
            report.updatedAt = now;
        }
        report.persistAndFlush();
        return new Rendered<>(view.report(report), etag(report), report.updatedAt, created);
    }

    @Transactional
    public void delete(long agencyId, int year, String ifMatch) {
        Report report = find(agencyId, year, LockModeType.PESSIMISTIC_WRITE);
        EntityTags.requireMatch(ifMatch, etag(report), "the report of agency " + agencyId + " for " + year);
        report.delete();
    }

    @Transactional
    public List<SectionSummary> sections(long agencyId, int year) {
        Report report = find(agencyId, year, LockModeType.NONE);
        return view.formatOf(report).sections().stream().map(definition -> {
            ReportSection section = report.sections.get(definition.key());
            return new SectionSummary(definition.key(), definition.kind(), definition.part(), definition.heading(), section != null,
                    section == null ? null : EntityTags.quoted(etag(section)), section == null ? null : section.updatedAt);
        }).toList();
    }

    @Transactional
    public Rendered<SectionBody> section(long agencyId, int year, String sectionKey) {
        Report report = find(agencyId, year, LockModeType.NONE);
        SectionDefinition definition = definition(report, sectionKey);
        ReportSection section = report.sections.get(sectionKey);
        if (section == null) {
            throw ApiException.notFound("The " + year + " report of agency " + agencyId + " has no section " + sectionKey
                    + " yet; PUT it to write it.");
        }
        return new Rendered<>(view.section(report, definition, section), etag(section), section.updatedAt, false);
    }

    @Transactional
    public Rendered<SectionBody> putSection(long agencyId, int year, String sectionKey, SectionBody body, String ifMatch,
            String ifNoneMatch) {
        Report report = find(agencyId, year, LockModeType.PESSIMISTIC_WRITE);
        SectionDefinition definition = definition(report, sectionKey);
        ReportSection existing = report.sections.get(sectionKey);
        String what = "section " + sectionKey + " of the " + year + " report of agency " + agencyId;
        EntityTags.requireMatch(ifMatch, existing == null ? null : etag(existing), what);
        EntityTags.requireAbsent(ifNoneMatch, existing != null, what);
        if (body == null) {
            throw ApiException.invalidInput(Violation.at("", "a section body is required"));
        }
        List<Violation> violations = new ArrayList<>();
        SectionContent content = SectionReader.read(view.formatOf(report), definition, body, "", violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalidInput(violations.size() + " value(s) refused; nothing was stored.", violations);
        }
        Instant now = Clock.now();
        if (writeSection(report, definition, content, now)) {
            report.updatedAt = now;
        }
        report.persistAndFlush();
        ReportSection section = report.sections.get(sectionKey);
        return new Rendered<>(view.section(report, definition, section), etag(section), section.updatedAt, existing == null);
    }

    @Transactional
    public void deleteSection(long agencyId, int year, String sectionKey, String ifMatch) {
        Report report = find(agencyId, year, LockModeType.PESSIMISTIC_WRITE);
        SectionDefinition definition = definition(report, sectionKey);
        ReportSection section = report.sections.get(sectionKey);
        String what = "section " + sectionKey + " of the " + year + " report of agency " + agencyId;
        if (section == null) {
            throw ApiException.notFound("There is no " + what + ".");
        }
        EntityTags.requireMatch(ifMatch, etag(section), what);
        removeSection(report, definition);
        report.updatedAt = Clock.now();
        report.persistAndFlush();
    }

    public static EntityTag etag(Report report) {
        return reportTag(report.id, report.version);
    }

    private static EntityTag reportTag(long id, long version) {
        return EntityTags.of("report", id, version);
    }

    public static EntityTag etag(ReportSection section) {
        return EntityTags.of("section", section.id, section.version);
    }

    private Report find(long agencyId, int year, LockModeType lock) {
        agencies.get(agencyId);
        return Report.<Report> find("agency.id = ?1 and year = ?2", agencyId, year).withLock(lock).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Agency " + agencyId + " has no report for " + year
                        + "; PUT /agencies/" + agencyId + "/years/" + year + " creates it."));
    }

    private SectionDefinition definition(Report report, String sectionKey) {
        Format format = view.formatOf(report);
        return format.section(sectionKey).orElseThrow(() -> ApiException.invalidInput(Violation.parameter("sectionKey",
                "'" + sectionKey + "' is not a section of format " + format.id() + "; its sections are "
                        + String.join(", ", format.sections().stream().map(SectionDefinition::key).toList()))));
    }

    private static void checkYear(int year) {
        int current = Year.now().getValue();
        if (year < FIRST_YEAR || year > current) {
            throw ApiException.invalidInput(Violation.parameter("year", "must be a report year from " + FIRST_YEAR + " to " + current));
        }
    }

    private static void checkIdentity(ReportBody body, Agency agency, int year, List<Violation> violations) {
        if (body.agencyId() != null && body.agencyId() != agency.id.longValue()) {
            violations.add(Violation.at("/agencyId", "is " + body.agencyId() + " but the path names agency " + agency.id
                    + "; leave it out to copy a report to another agency"));
        }
        if (body.agencyName() != null && !body.agencyName().equals(agency.name)) {
            violations.add(Violation.at("/agencyName", "is '" + body.agencyName() + "' but agency " + agency.id + " is '" + agency.name
                    + "'; leave it out to copy a report to another agency"));
        }
        if (body.year() != null && body.year() != year) {
            violations.add(Violation.at("/year", "is " + body.year() + " but the path names " + year));
        }
    }

    private Format chooseFormat(String formatId, int year, List<Violation> violations) {
        if (formatId != null) {
            return catalogue.find(formatId).orElseGet(() -> {
                violations.add(Violation.at("/format", "is not a known format; see GET /formats"));
                return null;
            });
        }
        return catalogue.forYear(year).orElseGet(() -> {
            violations.add(Violation.at("/format", "no national format covers " + year + "; name one (see GET /formats)"));
            return null;
        });
    }

    /** Writes one section; true when anything changed. */
    private boolean writeSection(Report report, SectionDefinition definition, SectionContent content, Instant now) {
        ReportSection section = report.sections.get(definition.key());
        boolean created = section == null;
        if (created) {
            section = new ReportSection();
            section.report = report;
            section.sectionKey = definition.key();
            report.sections.put(definition.key(), section);
        }
        boolean changed = created || !Objects.equals(section.heading, content.heading()) || !Objects.equals(section.body, content.text())
                || !section.items.equals(content.items());
        section.heading = content.heading();
        section.body = content.text();
        if (!section.items.equals(content.items())) {
            section.items.clear();
            section.items.addAll(content.items());
        }
        // the section's cells straight from the catalogue's list: no set of ids or map of wanted cells built per write
        for (CellDefinition definitionCell : definition.cells()) {
            short id = cellIds.id(definitionCell.key());
            StoredCell cell = content.cellsByKey().get(definitionCell.key());
            if (cell == null) {
                changed |= report.cells.remove(id) != null;
            } else if (!cell.equals(report.cells.get(id))) {
                report.cells.put(id, cell);
                changed = true;
            }
        }
        if (changed) {
            // also when only cells changed: the new timestamp makes the section dirty, which moves its version (ETag)
            section.updatedAt = now;
        }
        return changed;
    }

    /** Removes a section and its cells; true when there was one. */
    private boolean removeSection(Report report, SectionDefinition definition) {
        boolean had = report.sections.remove(definition.key()) != null;
        for (CellDefinition cell : definition.cells()) {
            had |= report.cells.remove(cellIds.id(cell.key())) != null;
        }
        return had;
    }
}
