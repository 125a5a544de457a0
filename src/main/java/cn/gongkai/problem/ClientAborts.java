package cn.gongkai.problem;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Requests whose client closed the connection before the body arrived: counted, not logged as incidents.
 * Registered at start-up, so the counter is served as 0 from the first scrape (an alert on its rate needs the
 * series to exist), not only after the first error response creates the exception mappers.
 */
@Startup
@Singleton
public class ClientAborts {

    private final Counter counter;

    public ClientAborts(MeterRegistry registry) {
        this.counter = Counter.builder("gongkai.requests.aborted.by.client")
                .description("Requests whose client closed the connection before its body arrived").register(registry);
    }

    void count() {
        counter.increment();
    }
}
