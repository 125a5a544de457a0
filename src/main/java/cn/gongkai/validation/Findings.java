package cn.gongkai.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.gongkai.common.Checksums;

/** Builds findings with their id, imbalance and fingerprint computed the same way for every rule. */
final class Findings {

    private Findings() {
    }

    static Finding of(RuleDefinition rule, String instance, Severity severity, FindingStatus status, String expression, BigDecimal lhs,
            BigDecimal rhs, List<CellRef> cells, TextRef text, String message, String messageEn) {
        BigDecimal imbalance = lhs != null && rhs != null ? lhs.subtract(rhs) : null;
        return new Finding(rule.id() + ":" + instance, rule.id(), instance, severity, rule.category(), status, expression,
                plain(lhs), plain(rhs), plain(imbalance), List.copyOf(cells), text, message, messageEn, rule.reference(),
                // only a failure can be decided on, so only a failure needs its fingerprint
                status == FindingStatus.FAIL ? fingerprint(rule.id(), instance, status, cells, text) : null, null);
    }

    /** A passing instance nobody asked to see in detail: counted in the summary, never listed. */
    static Finding brief(RuleDefinition rule, String instance, Severity severity, FindingStatus status, String expression) {
        return new Finding(rule.id() + ":" + instance, rule.id(), instance, severity, rule.category(), status, expression, null, null, null,
                List.of(), null, null, null, rule.reference(), null, null);
    }

    /** A finding that rests on no numbers: text and structure rules. */
    static Finding of(RuleDefinition rule, String instance, FindingStatus status, List<CellRef> cells, TextRef text, String message,
            String messageEn) {
        return of(rule, instance, rule.severityOf(instance), status, rule.expression(), null, null, cells, text, message, messageEn);
    }

    /** A finding of a rule kept for reuse: see {@link #notAssessable}. */
    private record Kept(RuleDefinition rule, Finding finding) {
    }

    /** rule id → instance → the NOT_ASSESSABLE finding last built for it. */
    private static final Map<String, Map<String, Kept>> NOT_ASSESSABLE = new ConcurrentHashMap<>();

    static Finding notAssessable(RuleDefinition rule, String instance, String message, String messageEn) {
        // most are the same every time (no report of last year, a table missing): reused while the rule (the same instance,
        // whose id, severity, category, expression and reference the finding copies) and the words are the same; a finding is
        // immutable, and one not assessable has no cells, text or fingerprint
        if (instance == null || message == null || messageEn == null) {
            return of(rule, instance, FindingStatus.NOT_ASSESSABLE, List.of(), null, message, messageEn);
        }
        Map<String, Kept> byInstance = NOT_ASSESSABLE.get(rule.id());
        if (byInstance == null) {
            byInstance = NOT_ASSESSABLE.computeIfAbsent(rule.id(), id -> new ConcurrentHashMap<>());
        }
        Kept kept = byInstance.get(instance);
        if (kept != null && kept.rule() == rule && kept.finding().message().equals(message) && kept.finding().messageEn().equals(messageEn)) {
            return kept.finding();
        }
        Finding finding = of(rule, instance, FindingStatus.NOT_ASSESSABLE, List.of(), null, message, messageEn);
        byInstance.put(instance, new Kept(rule, finding));
        return finding;
    }

    private static BigDecimal plain(BigDecimal value) {
        // a whole number of scale 0 (a count) is already plain: stripping and rescaling it gives the same number, a copy
        return value == null || value.scale() == 0 ? value : value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    private static String fingerprint(String ruleId, String instance, FindingStatus status, List<CellRef> cells, TextRef text) {
        StringBuilder basis = new StringBuilder(ruleId).append('|').append(instance).append('|').append(status);
        for (CellRef cell : cells) {
            basis.append('|').append(cell.pointer()).append('=').append(cell.state()).append(':')
                    .append(cell.value() == null ? "" : cell.value().stripTrailingZeros().toPlainString()).append(':')
                    .append(cell.printed() == null ? "" : cell.printed());
        }
        if (text != null) {
            basis.append('|').append(text.pointer()).append('|').append(text.sentence());
        }
        // the first 128 bits: enough to tell two states of a finding apart, and a shorter id in URLs and logs
        return Checksums.sha256Hex(basis.toString()).substring(0, 32);
    }
}
