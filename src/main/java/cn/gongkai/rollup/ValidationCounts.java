package cn.gongkai.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;

import cn.gongkai.validation.RulesRevision;
import cn.gongkai.validation.Severity;
import cn.gongkai.validation.ValidationResult;
import cn.gongkai.validation.ValidationService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Each report's stored ERROR and WARNING counts (table validation_counts), which roll-ups read instead of validating
 * reports: stored with the versions they were made from, so that anything newer makes them stale on read (see
 * {@link #CURRENT}). Roll-up requests count the stale reports of their division up to a budget; after start-up a
 * background pass counts all the others, so that dashboards are complete soon after a deploy that changed the rules
 * (every count is then stale) rather than after as many requests as it takes.
 */
@ApplicationScoped
public class ValidationCounts {

    private static final Logger LOG = Logger.getLogger(ValidationCounts.class);

    /**
     * Stored validation counts that are current: made from this version of the report, of last year's (the cross-year
     * rules read it), of the reviewers' decisions on it, and of the agency's name, level and scope (some rules read them).
     * They are the counts of the rules this build runs: {@link #OWN_COUNTS} joins no others. Compared on read, never kept
     * current by deletes that a concurrent recount could undo. Aliases: rv counts, r report, p last year's, a agency.
     */
    static final String CURRENT = "(rv.report_version = r.version and rv.previous_version is not distinct from p.version "
            + "and rv.decisions_version = r.decisions_version and rv.agency_identity_version = a.identity_version)";
    /**
     * A report's counts made by the rules this build runs (%2$s, {@link RulesRevision}): each release keeps its own rows (see
     * V6), so two releases running side by side during a rolling deploy do not overwrite and recount each other's.
     */
    static final String OWN_COUNTS = "rv.report_id = r.id and rv.rules_revision = '%2$s'";
    /** What {@link Stale} is read from, in its order. */
    static final String STALE_COLUMNS = "r.id, r.agency_id, r.year, r.version, p.version, r.decisions_version, a.identity_version";
    /** How long counts of rules no longer running are kept: a rolling deploy's old release may still be writing them. */
    static final Duration OTHER_REVISIONS_KEPT = Duration.ofDays(7);
    /**
     * Reports of any division and year whose counts are missing or stale, in id order after a given id: the background
     * pass walks the table once. Parameters: the rules revision, the last id done, how many.
     */
    private static final String STALE_AFTER_SQL = "select " + STALE_COLUMNS + " from report r join agency a on a.id = r.agency_id "
            + "left join report p on p.agency_id = r.agency_id and p.year = r.year - 1 "
            + "left join validation_counts rv on rv.report_id = r.id and rv.rules_revision = ? "
            + "where r.id > ? and (rv.report_id is null or not " + CURRENT + ") order by r.id limit ?";
    private static final int BATCH = 100;

    /** What a report's counts are made from, as read before validating it: anything newer makes the stored counts stale. */
    record Stale(long reportId, long agencyId, int year, long version, Long previousVersion, long decisionsVersion, long agencyIdentityVersion) {
    }

    private final EntityManager db;
    private final AgroalDataSource dataSource;
    private final ValidationService validation;
    private final RulesRevision rulesRevision;
    private final boolean countInBackground;
    private volatile boolean stopping;
    private Thread background;

    public ValidationCounts(EntityManager db, AgroalDataSource dataSource, ValidationService validation, RulesRevision rulesRevision,
            @ConfigProperty(name = "gongkai.rollup.count-in-background", defaultValue = "true") boolean countInBackground) {
        this.db = db;
        this.dataSource = dataSource;
        this.validation = validation;
        this.rulesRevision = rulesRevision;
        this.countInBackground = countInBackground;
    }

    /** The current rows of a result of {@link #STALE_COLUMNS}. */
    static List<Stale> stale(PreparedStatement statement) throws SQLException {
        List<Stale> stale = new ArrayList<>();
        try (ResultSet rows = statement.getResultSet()) {
            while (rows.next()) {
                stale.add(new Stale(rows.getLong(1), rows.getLong(2), rows.getInt(3), rows.getLong(4), (Long) rows.getObject(5), rows.getLong(6),
                        rows.getLong(7)));
            }
        }
        return stale;
    }

    /**
     * Validates reports whose stored counts are not current and stores their counts, in a transaction of its own
     * (validation loads and checks each report: ~ms apiece).
     */
    void store(List<Stale> stale) {
        if (stale.isEmpty()) {
            return;
        }
        ValidationService.Filter countOnly = new ValidationService.Filter(ValidationService.Include.FAILURES, Set.of(), Set.of());
        QuarkusTransaction.requiringNew().run(() -> {
            for (Stale report : stale) {
                ValidationResult result = validation.validateStored(report.agencyId(), report.year(), countOnly);
                // the versions read before validating: a change since then leaves these counts stale, never wrongly current
                db.createNativeQuery("insert into validation_counts (report_id, report_version, previous_version, decisions_version, "
                        + "agency_identity_version, rules_revision, errors, warnings, validated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now()) "
                        + "on conflict (report_id, rules_revision) do update set report_version = excluded.report_version, "
                        + "previous_version = excluded.previous_version, decisions_version = excluded.decisions_version, "
                        + "agency_identity_version = excluded.agency_identity_version, "
                        + "errors = excluded.errors, warnings = excluded.warnings, validated_at = excluded.validated_at")
                        .setParameter(1, report.reportId()).setParameter(2, report.version()).setParameter(3, report.previousVersion())
                        .setParameter(4, report.decisionsVersion()).setParameter(5, report.agencyIdentityVersion())
                        .setParameter(6, rulesRevision.value())
                        .setParameter(7, result.summary().bySeverity().get(Severity.ERROR).failed())
                        .setParameter(8, result.summary().bySeverity().get(Severity.WARNING).failed())
                        .executeUpdate();
            }
        });
    }

    void forgetCountsOfRulesNoLongerRunning(@Observes StartupEvent started) {
        forgetOtherRevisions(OTHER_REVISIONS_KEPT);
    }

    /**
     * Deletes the counts other rules made that have not been written for {@code kept}: those of releases no longer
     * running, and a rolling deploy's old release's are recent. An old release that outlives {@code kept} recounts what it
     * then misses, once. Returns how many rows went.
     */
    int forgetOtherRevisions(Duration kept) {
        return QuarkusTransaction.requiringNew().call(() -> db.createNativeQuery("delete from validation_counts where rules_revision <> ?1 "
                + "and validated_at < now() - make_interval(secs => ?2)").setParameter(1, rulesRevision.value())
                .setParameter(2, (double) kept.toSeconds()).executeUpdate());
    }

    /**
     * Starts the background pass on a thread of its own: it may take minutes on a large database, and no request waits for
     * it. Observed after the other start-up work (the demo report is stored by then, and counted).
     */
    void countInBackground(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) StartupEvent started) {
        if (!countInBackground) {
            return;
        }
        background = new Thread(() -> {
            try {
                countStale().ifPresent(counted -> LOG.infof("Validation counts: %d stale report(s) counted in the background", counted));
            } catch (RuntimeException e) {
                if (!stopping) {
                    LOG.warn("Validation counts: the background pass stopped; roll-up requests count what is left", e);
                }
            }
        }, "gongkai-validation-counts");
        background.setDaemon(true);
        background.start();
    }

    void stop(@Observes ShutdownEvent stopped) {
        stopping = true;
        if (background != null) {
            background.interrupt();
        }
    }

    /**
     * Counts every report whose counts are missing or stale, a batch at a time in id order, and returns how many. Only one
     * instance of a release does it (an advisory lock named after the rules revision, held on a connection of its own for
     * the pass); while another holds it, this returns empty at once. After each batch it pauses as long as the batch took, so that it takes at most
     * half of one core from requests.
     */
    OptionalInt countStale() {
        try (Connection lockHolder = dataSource.getConnection()) {
            if (!advisoryLock(lockHolder, "pg_try_advisory_lock")) {
                return OptionalInt.empty();
            }
            try {
                int counted = 0;
                long after = 0;
                while (!stopping) {
                    long started = System.nanoTime();
                    List<Stale> batch = staleAfter(after);
                    if (batch.isEmpty()) {
                        break;
                    }
                    try {
                        store(batch);
                        counted += batch.size();
                    } catch (RuntimeException e) {
                        // a report deleted meanwhile fails its batch; roll-up requests count the batch's others when they read them
                        LOG.warnf(e, "Validation counts: a batch of %d reports after id %d was not counted", batch.size(), after);
                    }
                    after = batch.get(batch.size() - 1).reportId();
                    Thread.sleep(Duration.ofNanos(System.nanoTime() - started).toMillis());
                }
                return OptionalInt.of(counted);
            } finally {
                advisoryLock(lockHolder, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count stale validation counts", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while counting stale validation counts", e);
        }
    }

    /** Calls {@code function} (pg_try_advisory_lock or pg_advisory_unlock) on the pass's lock, on {@code connection}'s session. */
    boolean advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(hashtext('gongkai validation counts ' || ?))")) {
            statement.setString(1, rulesRevision.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private List<Stale> staleAfter(long after) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(STALE_AFTER_SQL)) {
            statement.setString(1, rulesRevision.value());
            statement.setLong(2, after);
            statement.setInt(3, BATCH);
            statement.execute();
            return stale(statement);
        }
    }
}
