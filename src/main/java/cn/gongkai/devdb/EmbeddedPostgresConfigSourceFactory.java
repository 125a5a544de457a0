package cn.gongkai.devdb;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * In dev mode with no datasource URL configured, starts an embedded PostgreSQL and supplies its URL.
 * The low ordinal lets environment variables and application.properties still override it.
 * The embedded server's classes are only touched in dev mode: the packaged app does not ship them.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    private static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT || urlConfigured(context)) {
            return List.of();
        }
        Map<String, String> datasource = DevPostgresServer.datasourceProperties();
        return List.of(new MapBackedConfigSource("gongkai-embedded-postgres", datasource, ORDINAL) {
        });
    }

    private static boolean urlConfigured(ConfigSourceContext context) {
        ConfigValue url = context.getValue("quarkus.datasource.jdbc.url");
        return url != null && url.getValue() != null && !url.getValue().isBlank();
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
