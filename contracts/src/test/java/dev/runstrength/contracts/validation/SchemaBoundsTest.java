package dev.runstrength.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Examples;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input that cannot hurt (contract v1.1, "Limits"): every string and array in the schemas is bounded and
 * every number has a maximum, and what the schema lets through the services' parsers can read.
 */
class SchemaBoundsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private final ContractValidator validator = new ContractValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void everyStringArrayAndNumberIsBounded(EventKind kind) throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(kind.schemaResource())) {
            schema = ContractJson.mapper().readTree(in);
        }
        List<String> unbounded = new ArrayList<>();
        walk(schema, "", unbounded);
        assertThat(unbounded).as("properties without maxLength / maxItems / maximum in " + kind.schemaResource()).isEmpty();
    }

    /**
     * An instant the schema accepts, the services' JSON parser reads; one it refuses is a 400 naming the
     * field (the schema is the stricter: upper-case T and Z, seconds required).
     */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23T07:30:00Z", "2026-11-23T07:30:00.123Z", "2026-11-23T07:30:00+01:00",
            "2026-11-23 07:30:00Z", "2026-11-23t07:30:00z", "2026-11-23T07:30Z", "2026-11-23T07:30:60Z",
            "2026-02-30T07:30:00Z", "2026-13-01T07:30:00Z", "+2026-11-23T07:30:00Z", "2026-11-23T07:30:00"})
    void schemaAndParserAgreeOnInstants(String instant) {
        ObjectNode profile = Examples.of(EventKind.RUNNER_PROFILE_UPDATED).put("updatedAt", instant);
        boolean schemaAccepts = validator.errorsOf(EventKind.RUNNER_PROFILE_UPDATED, profile, null).isEmpty();
        boolean parserReads = reads("\"" + instant + "\"", Instant.class);

        if (schemaAccepts) {
            assertThat(parserReads).as("the parser reads " + instant + ", which the schema accepts").isTrue();
        } else {
            assertThat(validator.errorsOf(EventKind.RUNNER_PROFILE_UPDATED, profile, null))
                    .extracting(FieldError::field).contains("updatedAt");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23", "2026-02-30", "2026-1-5", "20261123", "2026-11-23T00:00:00Z", "+12026-11-23"})
    void schemaAndParserAgreeOnDates(String date) {
        ObjectNode profile = Examples.of(EventKind.RUNNER_PROFILE_UPDATED).put("startDate", date);
        boolean schemaAccepts = validator.errorsOf(EventKind.RUNNER_PROFILE_UPDATED, profile, null).isEmpty();

        if (schemaAccepts) {
            assertThat(reads("\"" + date + "\"", LocalDate.class)).as("the parser reads " + date).isTrue();
        }
    }

    @org.junit.jupiter.api.Test
    void anInstantWithASpaceForTheTIsRejectedNamingTheField() {
        ObjectNode profile = Examples.of(EventKind.RUNNER_PROFILE_UPDATED).put("updatedAt", "2026-11-23 07:30:00Z");

        assertThat(validator.errorsOf(EventKind.RUNNER_PROFILE_UPDATED, profile, null))
                .extracting(FieldError::toString).anySatisfy(error -> assertThat(error).startsWith("updatedAt: must be an ISO-8601 instant"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "sets", "footContactsPerRep"})
    void anExercisePastTheBoundsIsRejectedNamingTheField(String field) {
        ObjectNode exercise = Examples.of(EventKind.EXERCISE_UPSERTED);
        switch (field) {
            case "name" -> exercise.put("name", "n".repeat(250));
            case "sets" -> ((ObjectNode) exercise.get("prescription")).put("sets", 2147483648L);
            default -> exercise.put("footContactsPerRep", 1099511627776L);
        }

        assertThat(validator.errorsOf(EventKind.EXERCISE_UPSERTED, exercise, null))
                .extracting(FieldError::field).anySatisfy(name -> assertThat(name).contains(field));
    }

    private static boolean reads(String json, Class<?> type) {
        try {
            ContractJson.mapper().readValue(json, type);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void walk(JsonNode node, String path, List<String> unbounded) {
        if (node.isObject()) {
            JsonNode type = node.get("type");
            if (type != null && !node.has("enum") && !node.has("const")) {
                String types = type.toString();
                boolean lengthInPattern = node.path("pattern").asText().matches(".*\\{\\d+,\\d+\\}\\$$");
                if (types.contains("string") && !node.has("maxLength") && !lengthInPattern) {
                    unbounded.add(path + " (string)");
                }
                if (types.contains("array") && !node.has("maxItems")) {
                    unbounded.add(path + " (array)");
                }
                if ((types.contains("number") || types.contains("integer")) && !node.has("maximum") && !isBranch(path)) {
                    unbounded.add(path + " (number)");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), path + "/" + field.getKey(), unbounded);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, unbounded);
            }
        }
    }

    /** The "exactly one of reps and holdSeconds" branches only name a type; the property itself is bounded. */
    private static boolean isBranch(String path) {
        return path.contains("/oneOf/");
    }
}
