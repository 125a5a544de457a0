package cn.gongkai.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The rules, loaded once from validation/rules.json. */
@Singleton
public class RuleCatalogue {

    static final String RESOURCE = "validation/rules.json";

    private final Map<String, RuleDefinition> rules = new LinkedHashMap<>();
    private final List<RuleDefinition> all;

    public RuleCatalogue() {
        ObjectMapper reader = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            JsonNode root = reader.readTree(in);
            for (JsonNode node : root.get("rules")) {
                RuleDefinition rule = reader.treeToValue(node, RuleDefinition.class);
                if (rules.put(rule.id(), rule) != null) {
                    throw new IllegalStateException(RESOURCE + " repeats rule " + rule.id());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + RESOURCE, e);
        }
        all = List.copyOf(rules.values());
    }

    public List<RuleDefinition> all() {
        return all;
    }

    public Optional<RuleDefinition> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }
}
