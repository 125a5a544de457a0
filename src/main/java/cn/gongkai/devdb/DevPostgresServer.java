package cn.gongkai.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per JVM for dev mode. Live reload loads this class afresh, so the running
 * server's URL is kept in a system property, which outlives class loaders. Its data directory under
 * target/ keeps dev data across restarts (until {@code mvn clean}); zonky stops it from a JVM
 * shutdown hook.
 */
final class DevPostgresServer {

    private static final Path DATA_DIRECTORY = Path.of("target", "dev-postgres");
    private static final String URL_PROPERTY = "gongkai.dev-postgres.url";

    private DevPostgresServer() {
    }

    static synchronized Map<String, String> datasourceProperties() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            url = start().getJdbcUrl("postgres", "postgres");
            System.setProperty(URL_PROPERTY, url);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    private static EmbeddedPostgres start() {
        try {
            Files.createDirectories(DATA_DIRECTORY);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(DATA_DIRECTORY.toAbsolutePath())
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for dev mode", e);
        }
    }
}
