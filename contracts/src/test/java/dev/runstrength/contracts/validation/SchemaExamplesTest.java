package dev.runstrength.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventKind;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The schemas' {@code examples} (served with the schemas and shown in each service's OpenAPI document)
 * are events a reader accepts: a client that copies one gets a 202, not a 400.
 */
class SchemaExamplesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private final ContractValidator validator = new ContractValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest
    @EnumSource(value = EventKind.class,
            names = {"RUNNER_PROFILE_UPDATED", "WORKOUT_COMPLETED", "EXERCISE_UPSERTED", "PROGRESSION_UPDATED"})
    void theDataAClientSendsOrReadsHasAnExampleThatTheContractAccepts(EventKind kind) throws IOException {
        JsonNode examples = schema(kind).path("examples");

        assertThat(examples.isArray()).as("examples of " + kind).isTrue();
        assertThat(examples).isNotEmpty();
        for (JsonNode example : examples) {
            assertThatCode(() -> validator.validate(kind, example)).as(kind + " example " + example)
                    .doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void whereverASchemaHasExamplesTheyAreValid(EventKind kind) throws IOException {
        for (JsonNode example : schema(kind).path("examples")) {
            assertThatCode(() -> validator.validate(kind, example)).as(kind + " example").doesNotThrowAnyException();
        }
    }

    private JsonNode schema(EventKind kind) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(kind.schemaResource())) {
            return ContractJson.mapper().readTree(in);
        }
    }
}
