package cn.gongkai.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import cn.gongkai.agency.Agency;
import cn.gongkai.agency.AgencyService;
import cn.gongkai.report.Report;
import cn.gongkai.report.ReportService;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the example report (济宁市兖州区漕河镇人民政府, 2023) when {@code gongkai.demo-data} is on, only
 * where it is absent, through the same services the API uses.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final String RESOURCE = "demo/caohe-2023.json";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    /** Serialises the check-then-insert across replicas starting together. */
    private static final long ADVISORY_LOCK = 0x676f6e676b6169L;

    private final AgencyService agencies;
    private final ReportService reports;
    private final ObjectMapper json;
    private final boolean enabled;

    public DemoDataLoader(AgencyService agencies, ReportService reports, ObjectMapper json,
            @ConfigProperty(name = "gongkai.demo-data", defaultValue = "false") boolean enabled) {
        this.agencies = agencies;
        this.reports = reports;
        this.json = json;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent start) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    void load() {
        Agency.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(" + ADVISORY_LOCK + ")").getSingleResult();
        DemoData demo = read();
        Agency agency = Agency.<Agency> find("name = ?1 and divisionCode = ?2", demo.agency().name(), demo.agency().divisionCode())
                .firstResultOptional()
                .orElseGet(() -> agencies.create(demo.agency()));
        int year = demo.report().year();
        if (Report.count("agency.id = ?1 and year = ?2", agency.id, year) == 0) {
            reports.put(agency.id, year, demo.report(), null, null);
            LOG.infof("Demo data loaded: %s, %d (agency %d)", agency.name, year, agency.id);
        }
    }

    private DemoData read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + RESOURCE, e);
        }
    }
}
