package cn.gongkai.document;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import cn.gongkai.agency.Agency;
import cn.gongkai.agency.AgencyService;
import cn.gongkai.document.parse.ParseReport;
import cn.gongkai.document.parse.ReportInterpreter;
import cn.gongkai.document.source.DocumentLimits;
import cn.gongkai.document.source.DocumentReaders;
import cn.gongkai.document.source.SourceDocument;
import cn.gongkai.format.FormatCatalogue;
import cn.gongkai.problem.ApiException;
import cn.gongkai.problem.ProblemMappers;
import cn.gongkai.problem.Violation;
import cn.gongkai.report.ReportBody;
import cn.gongkai.report.ReportService;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Imports documents: reads them (any input type) into one form, interprets that against the
 * catalogue, and stores the result through {@link ReportService#put} with all its checks. A dry run
 * does the same inside a transaction that is rolled back, so it answers exactly what GET would.
 */
@ApplicationScoped
public class DocumentService {

    /** A document read and interpreted, not yet stored. */
    public record Parsed(ReportBody report, ParseReport parse) {
    }

    private final ReportService reports;
    private final AgencyService agencies;
    private final Validator validator;
    private final ReportInterpreter interpreter;
    private final DocumentLimits limits = DocumentLimits.DEFAULT;

    public DocumentService(ReportService reports, AgencyService agencies, FormatCatalogue catalogue, Validator validator) {
        this.reports = reports;
        this.agencies = agencies;
        this.validator = validator;
        this.interpreter = new ReportInterpreter(catalogue);
    }

    public DocumentLimits limits() {
        return limits;
    }

    /** Reads and interprets a document; refuses what is unreadable or not a report at all. */
    public Parsed parse(byte[] content, String contentType) {
        long started = System.nanoTime();
        SourceDocument document = DocumentReaders.read(content, contentType, limits);
        ReportInterpreter.Interpretation interpretation = interpreter.interpret(document);
        if (!interpretation.isReport()) {
            throw DocumentProblems.notAReport("The document has no part headings (一、总体情况 …) and no table of the format: it is not "
                    + "a 政府信息公开工作年度报告, or its text is not extractable (a scan).");
        }
        double millis = (System.nanoTime() - started) / 1_000_000.0;
        return new Parsed(interpretation.report(), interpretation.parse().withParseMillis(millis));
    }

    /**
     * Parses and stores (or, dry run, only renders) a document as the report of an agency and year.
     * An existing report is replaced only with If-Match (428 without it, 412 when stale).
     */
    public Outcome importDocument(long agencyId, int year, byte[] content, String contentType, boolean dryRun, String ifMatch,
            String ifNoneMatch) {
        // the agency first: an unknown one is a 404 before any parsing
        Agency agency = agencies.get(agencyId);
        return store(agency, year, parse(content, contentType), dryRun, ifMatch, ifNoneMatch);
    }

    /** Stores (or, dry run, renders) a parsed document as the report of an agency and year; see {@link #importDocument}. */
    public Outcome store(long agencyId, int year, Parsed parsed, boolean dryRun, String ifMatch, String ifNoneMatch) {
        return store(agencies.get(agencyId), year, parsed, dryRun, ifMatch, ifNoneMatch);
    }

    private Outcome store(Agency agency, int year, Parsed parsed, boolean dryRun, String ifMatch, String ifNoneMatch) {
        long agencyId = agency.id;
        ParseReport parse = checkIdentity(parsed.parse(), agency, year);
        checkConstraints(parsed.report());
        if (dryRun) {
            return new Outcome(false, preview(agencyId, year, parsed.report()), parse);
        }
        boolean conditional = ifMatch != null && !ifMatch.isBlank();
        try {
            // Without If-Match, create only: If-None-Match: * makes the check and the insert one locked step.
            ReportService.Rendered<ReportBody> stored = reports.put(agencyId, year, parsed.report(), ifMatch,
                    conditional ? ifNoneMatch : "*");
            return new Outcome(true, stored, parse);
        } catch (ApiException e) {
            if (e.status() == 412 && !conditional && (ifNoneMatch == null || ifNoneMatch.isBlank())) {
                throw ApiException.preconditionRequired("Agency " + agencyId + " already has a report for " + year + ". An import "
                        + "replaces it only with If-Match: the ETag from GET /agencies/" + agencyId + "/years/" + year
                        + ". Nothing was stored.");
            }
            throw e;
        }
    }

    /** What storing would give: the same put, rolled back. */
    @Transactional
    ReportService.Rendered<ReportBody> preview(long agencyId, int year, ReportBody report) {
        ReportService.Rendered<ReportBody> rendered = reports.put(agencyId, year, report, null, null);
        QuarkusTransaction.setRollbackOnly();
        return new ReportService.Rendered<>(rendered.body(), null, rendered.lastModified(), false);
    }

    /** The report as rendered, whether it was stored, and the parse report. */
    public record Outcome(boolean stored, ReportService.Rendered<ReportBody> rendered, ParseReport parse) {
        public ImportResult result() {
            return new ImportResult(stored, rendered.body(), parse);
        }
    }

    /** The year a document states must be the year it is stored under; a different agency name is only a warning. */
    private static ParseReport checkIdentity(ParseReport parse, Agency agency, int year) {
        if (parse.year() != null && parse.year() != year) {
            throw ApiException.invalidInput("The document is the " + parse.year() + " report (" + (parse.title() == null ? "statistical period"
                    : "title: " + parse.title()) + ") but was sent for " + year + ". Nothing was stored.",
                    List.of(Violation.parameter("year", "the document states " + parse.year())));
        }
        if (parse.agencyName() != null && !parse.agencyName().equals(agency.name)) {
            return parse.withWarning(new ParseReport.Warning("AGENCY_NAME_DIFFERS", "The title names '" + parse.agencyName()
                    + "' but agency " + agency.id + " is '" + agency.name + "'."));
        }
        return parse;
    }

    /** The API's own limits on text (length, control characters), which a PUT body gets from Bean Validation. */
    private void checkConstraints(ReportBody report) {
        Set<ConstraintViolation<ReportBody>> violations = validator.validate(report);
        if (violations.isEmpty()) {
            return;
        }
        // the same pointers a PUT of this report would get
        List<Violation> refused = violations.stream().map(ProblemMappers::toViolation).sorted(Comparator.comparing(Violation::pointer)).toList();
        throw ApiException.invalidInput("The document reads into a report the service cannot store (" + refused.size()
                + " value(s)); nothing was stored.", refused);
    }
}
