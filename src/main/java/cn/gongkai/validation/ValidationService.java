package cn.gongkai.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gongkai.agency.Agency;
import cn.gongkai.agency.AgencyLevel;
import cn.gongkai.agency.ReportScope;
import cn.gongkai.agency.AgencyService;
import cn.gongkai.common.Clock;
import cn.gongkai.format.Format;
import cn.gongkai.format.FormatCatalogue;
import cn.gongkai.problem.ApiException;
import cn.gongkai.problem.Violation;
import cn.gongkai.report.Report;
import cn.gongkai.report.ReportView;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Validates stored reports (with last year's) and reports sent in a request, and keeps reviewers' decisions. */
@ApplicationScoped
public class ValidationService {

    /** What to list: failures only (default) or every evaluated instance. */
    public enum Include {
        FAILURES, ALL
    }

    /** Which findings to list. Null sets mean all. */
    public record Filter(Include include, Set<Severity> severities, Set<RuleCategory> categories) {

        boolean detailed() {
            return include == Include.ALL;
        }

        boolean lists(Finding finding) {
            return (include == Include.ALL || finding.status() == FindingStatus.FAIL)
                    && (severities == null || severities.contains(finding.severity()))
                    && (categories == null || categories.contains(finding.category()));
        }
    }

    private final Validator validator;
    private final FormatCatalogue formats;
    private final AgencyService agencies;
    private final ReportView view;
    private final ObjectMapper json;

    public ValidationService(Validator validator, FormatCatalogue formats, AgencyService agencies, ReportView view, ObjectMapper json) {
        this.validator = validator;
        this.formats = formats;
        this.agencies = agencies;
        this.view = view;
        this.json = json;
    }

    @Transactional
    public ValidationResult validateStored(long agencyId, int year, Filter filter) {
        Stored stored = load(agencyId, year);
        List<Finding> findings = withDecisions(validator.validate(stored.current(), stored.previous(), filter.detailed()),
                decisions(stored.report().id));
        return result(stored.current(), stored.previous() != null, findings, filter);
    }

    /**
     * Validates a report sent as the body: the report JSON, or {"report": …, "previous": …}. Stores
     * nothing and reads nothing: the agency's level, where rules need it, comes with the body.
     */
    public ValidationResult validateBody(ReportJson body, Filter filter) {
        if (body == null || !body.isObject()) {
            throw ApiException.invalidInput(Violation.at("", "must be a report object, or {\"report\": …, \"previous\": …}"));
        }
        boolean wrapped = body.wraps();
        ReportJson report = wrapped ? body.report : body;
        String prefix = wrapped ? "/report" : "";
        if (!report.isObject()) {
            throw ApiException.invalidInput(Violation.at(prefix, "must be a report object"));
        }
        // the level and scope of a {"report": …} body are its own, beside the report
        AgencyLevel level = levelOf(body.fields, "");
        ReportScope scope = scopeOf(body.fields, "");
        int year = year(report.fields, prefix, null);
        ReportSnapshot current = ReportSnapshot.read(report, format(report.fields, prefix, year), year, null, level, scope);
        ReportSnapshot previous = null;
        if (wrapped && body.previous != null) {
            if (!body.previous.isObject()) {
                throw ApiException.invalidInput(Violation.at("/previous", "must be a report object"));
            }
            int previousYear = year(body.previous.fields, "/previous", year - 1);
            previous = ReportSnapshot.read(body.previous, format(body.previous.fields, "/previous", previousYear), previousYear, null, level,
                    scope);
        }
        return result(current, previous != null, validator.validate(current, previous, filter.detailed()), filter);
    }

    /**
     * Runs the in-table rules (category IN_TABLE) over tables that are no one agency's report, such as the sums of a
     * roll-up: {@code values} indexed like {@code format.cells()}, null where nothing was summed. Only those rules are
     * run and counted.
     */
    public ValidationResult validateSums(Format format, int year, java.math.BigDecimal[] values) {
        ReportSnapshot current = ReportSnapshot.ofSums(format, year, values);
        List<Finding> findings = validator.validate(current, null, false, java.util.EnumSet.of(RuleCategory.IN_TABLE));
        return result(current, false, findings, new Filter(Include.FAILURES, null, null));
    }

    /** Records a reviewer's decision on a finding that currently fails. */
    @Transactional
    public Finding decide(long agencyId, int year, String findingId, Decision.DecisionStatus status, String reason) {
        Stored stored = load(agencyId, year);
        Report report = stored.report();
        Finding finding = validator.validate(stored.current(), stored.previous(), false).stream()
                .filter(candidate -> candidate.id().equals(findingId) && candidate.status() == FindingStatus.FAIL).findFirst()
                .orElseThrow(() -> ApiException.notFound("The " + year + " report of agency " + agencyId + " has no failing finding "
                        + findingId + "; GET …/validate lists them."));
        FindingDecision decision = FindingDecision.<FindingDecision> find("reportId = ?1 and findingId = ?2", report.id, findingId)
                .firstResultOptional().orElseGet(FindingDecision::new);
        decision.reportId = report.id;
        decision.findingId = findingId;
        decision.status = status;
        decision.reason = reason;
        decision.fingerprint = finding.fingerprint();
        decision.decidedAt = Clock.now();
        decision.persist();
        decisionsChanged(report);
        return finding.withDecision(new Decision(status, reason, decision.decidedAt, true));
    }

    @Transactional
    public void withdraw(long agencyId, int year, String findingId) {
        Report report = reportOf(agencyId, year);
        if (FindingDecision.delete("reportId = ?1 and findingId = ?2", report.id, findingId) == 0) {
            throw ApiException.notFound("There is no decision on " + findingId + ".");
        }
        decisionsChanged(report);
    }

    /**
     * What fails changed although the report did not: counts stored before are stale from this commit on. Not the
     * report's own version, which is its ETag: a decision is no edit, and must not make an editor's If-Match fail.
     */
    private static void decisionsChanged(Report report) {
        Report.getEntityManager().createNativeQuery("update report set decisions_version = decisions_version + 1 where id = ?1")
                .setParameter(1, report.id).executeUpdate();
    }

    /** A stored report as the rules read it, with the same agency's report of the year before (or null). */
    private record Stored(Report report, ReportSnapshot current, ReportSnapshot previous) {
    }

    private Stored load(long agencyId, int year) {
        Agency agency = agencies.get(agencyId);
        Report report = reportOf(agencyId, year);
        ReportSnapshot previous = stored(agencyId, year - 1).map(last -> snapshot(last, agency)).orElse(null);
        return new Stored(report, snapshot(report, agency), previous);
    }

    private Report reportOf(long agencyId, int year) {
        agencies.get(agencyId);
        return stored(agencyId, year).orElseThrow(() -> ApiException.notFound("Agency " + agencyId + " has no report for " + year + "."));
    }

    private static Optional<Report> stored(long agencyId, int year) {
        return Report.<Report> find("agency.id = ?1 and year = ?2", agencyId, year).firstResultOptional();
    }

    private ReportSnapshot snapshot(Report report, Agency agency) {
        ReportJson sent = json.convertValue(view.report(report), ReportJson.class);
        return ReportSnapshot.read(sent, view.formatOf(report), report.year, agency.name, agency.level, agency.scope);
    }

    private static Map<String, FindingDecision> decisions(long reportId) {
        return FindingDecision.<FindingDecision> list("reportId", reportId).stream()
                .collect(Collectors.toMap(decision -> decision.findingId, Function.identity()));
    }

    private static List<Finding> withDecisions(List<Finding> findings, Map<String, FindingDecision> decisions) {
        List<Finding> decided = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            FindingDecision decision = decisions.get(finding.id());
            decided.add(decision == null ? finding : finding.withDecision(new Decision(decision.status, decision.reason, decision.decidedAt,
                    decision.fingerprint.equals(finding.fingerprint()))));
        }
        return decided;
    }

    private static ValidationResult result(ReportSnapshot report, boolean compared, List<Finding> findings, Filter filter) {
        boolean valid = true;
        List<Finding> listed = new ArrayList<>();
        for (Finding finding : findings) {
            valid &= !(finding.severity() == Severity.ERROR && finding.counts());
            if (filter.lists(finding)) {
                listed.add(finding);
            }
        }
        return new ValidationResult(valid, report.format.id(), report.year, compared, ValidationResult.Summary.of(findings),
                List.copyOf(listed));
    }

    private static AgencyLevel levelOf(JsonNode node, String prefix) {
        return constant(node, prefix, "agencyLevel", AgencyLevel.class);
    }

    /** REGION for a government's report on its whole region: the claim rules then read its region's units as its own. */
    private static ReportScope scopeOf(JsonNode node, String prefix) {
        return constant(node, prefix, "scope", ReportScope.class);
    }

    private static <E extends Enum<E>> E constant(JsonNode node, String prefix, String field, Class<E> type) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.asText());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidInput(Violation.at(prefix + "/" + field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
        }
    }

    private static int year(JsonNode report, String prefix, Integer fallback) {
        JsonNode year = report.get("year");
        if (year == null || year.isNull()) {
            if (fallback != null) {
                return fallback;
            }
            throw ApiException.invalidInput(Violation.at(prefix + "/year", "is required to validate a report sent in the body"));
        }
        if (!year.canConvertToInt() || !year.isIntegralNumber()) {
            throw ApiException.invalidInput(Violation.at(prefix + "/year", "must be a year such as 2023"));
        }
        return year.asInt();
    }

    private Format format(JsonNode report, String prefix, int year) {
        JsonNode format = report.get("format");
        if (format != null && format.isTextual()) {
            return formats.find(format.asText())
                    .orElseThrow(() -> ApiException.invalidInput(Violation.at(prefix + "/format", "is not a known format; see GET /formats")));
        }
        return formats.forYear(year).orElseThrow(() -> ApiException.invalidInput(Violation.at(prefix + "/format",
                "no national format covers " + year + "; name one")));
    }
}
