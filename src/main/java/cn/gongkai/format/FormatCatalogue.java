package cn.gongkai.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The format versions, loaded from {@code formats/*.json} on the classpath. Adding a format version
 * is adding a file and its id to {@link #FORMAT_IDS}.
 */
@Singleton
public class FormatCatalogue {

    public static final String NATIONAL_2021 = "national-2021";
    public static final String TRIAL_2019 = "trial-2019";
    private static final List<String> FORMAT_IDS = List.of(NATIONAL_2021, TRIAL_2019);

    private final Map<String, Format> formats = new LinkedHashMap<>();

    public FormatCatalogue() {
        ObjectMapper reader = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (String id : FORMAT_IDS) {
            Format format = new Format(read(reader, id));
            if (!format.id().equals(id)) {
                throw new IllegalStateException("formats/" + id + ".json declares id " + format.id());
            }
            formats.put(id, format);
        }
    }

    private static FormatDefinition read(ObjectMapper reader, String id) {
        String resource = "formats/" + id + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing format catalogue " + resource);
            }
            return reader.readValue(in, FormatDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable format catalogue " + resource, e);
        }
    }

    public List<Format> all() {
        return List.copyOf(formats.values());
    }

    public Optional<Format> find(String id) {
        return Optional.ofNullable(formats.get(id));
    }

    /** The format a report on {@code year} is written in, if any national format covers that year. */
    public Optional<Format> forYear(int year) {
        return formats.values().stream().filter(format -> format.definition().appliesTo(year)).findFirst();
    }
}
