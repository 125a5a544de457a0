package cn.gongkai.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the PostgreSQL every @QuarkusTest runs against (one server for the whole run). */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
