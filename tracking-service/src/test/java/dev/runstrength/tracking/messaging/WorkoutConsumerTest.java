package dev.runstrength.tracking.messaging;

import static dev.runstrength.tracking.messaging.TrackingEvents.JSON;
import static dev.runstrength.tracking.messaging.TrackingEvents.allOf;
import static dev.runstrength.tracking.messaging.TrackingEvents.bytes;
import static dev.runstrength.tracking.messaging.TrackingEvents.data;
import static dev.runstrength.tracking.messaging.TrackingEvents.header;
import static dev.runstrength.tracking.messaging.TrackingEvents.performed;
import static dev.runstrength.tracking.messaging.TrackingEvents.produceBinary;
import static dev.runstrength.tracking.messaging.TrackingEvents.producePlain;
import static dev.runstrength.tracking.messaging.TrackingEvents.produceStructured;
import static dev.runstrength.tracking.messaging.TrackingEvents.progressions;
import static dev.runstrength.tracking.messaging.TrackingEvents.unique;
import static dev.runstrength.tracking.messaging.TrackingEvents.workout;
import static dev.runstrength.infra.security.Callers.asBackend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.EventTypes;
import dev.runstrength.contracts.Topics;
import dev.runstrength.contracts.validation.ContractValidator;
import dev.runstrength.platform.outbox.OutboxRelay;
import dev.runstrength.replica.SeededCatalogueTest;
import dev.runstrength.tracking.TrackingTestResources;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** workouts.completed in, tracking.progressions out, through the real broker and database. */
@QuarkusTest
@TrackingTestResources
class WorkoutConsumerTest extends SeededCatalogueTest {

    private static final String GROUP = "tracking-service";
    private static final ContractValidator VALIDATOR = new ContractValidator();

    @Inject
    OutboxRelay relay;

    @Test
    void everyAcceptedFormGivesOneProgressionUpdateInTheContractsShape() {
        Instant at = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String binary = unique("binary");
        String structured = unique("structured");
        String plain = unique("plain");
        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, binary,
                workout(binary, unique("w"), at, performed("glute-bridge", 2, 10, 6)), UUID.randomUUID().toString());
        produceStructured(kafka, EventKind.WORKOUT_COMPLETED, structured,
                workout(structured, unique("w"), at, performed("glute-bridge", 2, 10, 6)), UUID.randomUUID().toString());
        producePlain(kafka, EventKind.WORKOUT_COMPLETED, plain,
                workout(plain, unique("w"), at, performed("glute-bridge", 2, 10, 6)));

        for (String runnerId : List.of(binary, structured, plain)) {
            List<ConsumerRecord<String, byte[]>> updates = progressions(kafka, runnerId, 1);
            assertThat(updates).as(runnerId).hasSize(1);
            ConsumerRecord<String, byte[]> record = updates.get(0);
            assertThat(record.key()).isEqualTo(runnerId);
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_type")).isEqualTo(EventTypes.PROGRESSION_UPDATED);
            assertThat(header(record, "ce_source")).isEqualTo("urn:runstrength:tracking-service");
            assertThat(header(record, "ce_id")).isNotBlank();
            assertThat(Instant.parse(header(record, "ce_time"))).isAfter(at);
            assertThat(header(record, "content-type")).isEqualTo("application/json");
            JsonNode update = data(record);
            assertThatCode(() -> VALIDATOR.validate(EventKind.PROGRESSION_UPDATED, update, record.key()))
                    .doesNotThrowAnyException();
            assertThat(update.path("runnerId").asText()).isEqualTo(runnerId);
            assertThat(Instant.parse(update.path("updatedAt").asText())).isEqualTo(at);
            assertThat(update.path("changes")).hasSize(1);
            JsonNode change = update.path("changes").get(0);
            assertThat(change.path("exerciseId").asText()).isEqualTo("glute-bridge");
            assertThat(change.path("decision").asText()).isEqualTo("HOLD");
            assertThat(change.path("from").path("reps").asInt()).isEqualTo(10);
            assertThat(change.path("reason").asText()).isNotBlank();
            assertThat(update.path("unknownExercises")).isEmpty();
        }
    }

    @Test
    void theSameWorkoutAgainChangesNothingAndPublishesNothing() {
        String runnerId = unique("dup");
        String workoutId = unique("w");
        String eventId = UUID.randomUUID().toString();
        ObjectNode workout = workout(runnerId, workoutId, Instant.now().minus(2, ChronoUnit.HOURS),
                performed("bodyweight-squat", 2, 12, 6));
        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, workout, eventId);
        assertThat(progressions(kafka, runnerId, 1)).hasSize(1);
        String progressBefore = progressOf(runnerId);

        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, workout, eventId);              // the same event again
        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, workout, UUID.randomUUID().toString()); // a new event id
        produceStructured(kafka, EventKind.WORKOUT_COMPLETED, runnerId, workout, UUID.randomUUID().toString());
        producePlain(kafka, EventKind.WORKOUT_COMPLETED, runnerId, workout);
        awaitEverythingConsumed(Topics.WORKOUTS_COMPLETED);

        assertThat(allOf(kafka, Topics.TRACKING_PROGRESSIONS, runnerId)).hasSize(1);
        assertThat(progressOf(runnerId)).isEqualTo(progressBefore);
        asBackend().when().get("/runners/{runnerId}/workouts", runnerId).then().statusCode(200)
                .body("total", org.hamcrest.Matchers.is(1));
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicUnchangedAndTheNextOneIsProcessed() {
        List<Malformed> sent = List.of(
                sendRaw("not-json", "value", "{\"workoutId\": ".getBytes(StandardCharsets.UTF_8)),
                sendSpoiled("no-id", "workoutId", workout -> workout.remove("workoutId")),
                sendSpoiled("future", "completedAt",
                        workout -> workout.put("completedAt", Instant.now().plus(2, ChronoUnit.DAYS).toString())),
                sendSpoiled("reps", "reps",
                        workout -> ((ObjectNode) workout.path("exercises").get(0).path("sets").get(0)).put("reps", 900)),
                sendSpoiled("key", "runnerId", workout -> workout.put("runnerId", "someone-else")));
        String next = unique("next");
        producePlain(kafka, EventKind.WORKOUT_COMPLETED, next,
                workout(next, unique("w"), Instant.now().minus(3, ChronoUnit.HOURS), performed("glute-bridge", 2, 10, 6)));

        assertThat(progressions(kafka, next, 1)).hasSize(1);
        List<ConsumerRecord<String, byte[]>> dead = kafka.consume(Topics.WORKOUTS_COMPLETED + ".dlq",
                records -> sent.stream().allMatch(bad -> records.stream().anyMatch(r -> bad.key().equals(r.key()))),
                Duration.ofSeconds(30));
        for (Malformed bad : sent) {
            ConsumerRecord<String, byte[]> record = dead.stream().filter(r -> bad.key().equals(r.key())).findFirst()
                    .orElseThrow(() -> new AssertionError("no dead letter for the " + bad.field() + " case"));
            assertThat(record.value()).as(bad.field()).isEqualTo(bad.value());
            assertThat(header(record, "dead-letter-reason")).as(bad.field()).contains(bad.field());
            assertThat(header(record, "dead-letter-topic")).isEqualTo(Topics.WORKOUTS_COMPLETED);
            asBackend().when().get("/runners/{runnerId}/progress", bad.key()).then().statusCode(404);
        }
    }

    @Test
    void aWorkoutWithoutARecordKeyIsDeadLetteredNamingTheKey() {
        // the key is the runner id: without it the record could land on any partition and overtake the runner's others
        String runnerId = unique("nokey");
        byte[] value = bytes(workout(runnerId, unique("w"), Instant.now().minus(3, ChronoUnit.HOURS),
                performed("glute-bridge", 2, 10, 6)));
        kafka.produce(Topics.WORKOUTS_COMPLETED, null, value, Map.of());
        String marker = new String(value, StandardCharsets.UTF_8);

        ConsumerRecord<String, byte[]> dead = kafka.consume(Topics.WORKOUTS_COMPLETED + ".dlq",
                        records -> records.stream().anyMatch(r -> r.value() != null && marker.equals(new String(r.value(), StandardCharsets.UTF_8))),
                        Duration.ofSeconds(30))
                .stream().filter(r -> r.value() != null && marker.equals(new String(r.value(), StandardCharsets.UTF_8))).findFirst()
                .orElseThrow(() -> new AssertionError("the keyless workout was not dead-lettered"));
        assertThat(dead.key()).isNull();
        assertThat(header(dead, "dead-letter-reason")).startsWith("key: is required");
        asBackend().when().get("/runners/{runnerId}/progress", runnerId).then().statusCode(404);
    }

    private record Malformed(String key, String field, byte[] value) {
    }

    private Malformed sendRaw(String prefix, String field, byte[] value) {
        String key = unique(prefix);
        kafka.produce(Topics.WORKOUTS_COMPLETED, key, value, Map.of());
        return new Malformed(key, field, value);
    }

    /** A valid workout spoiled in one field, sent in binary mode with exactly these bytes as the value. */
    private Malformed sendSpoiled(String prefix, String field, Consumer<ObjectNode> spoil) {
        String key = unique(prefix);
        ObjectNode workout = workout(key, unique("w"), Instant.now().minus(3, ChronoUnit.HOURS),
                performed("glute-bridge", 2, 10, 6));
        spoil.accept(workout);
        byte[] value = bytes(workout);
        kafka.produce(Topics.WORKOUTS_COMPLETED, key, value, Map.of(
                "ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(),
                "ce_source", "urn:test:running-app",
                "ce_type", EventTypes.WORKOUT_COMPLETED,
                "ce_time", Instant.now().toString(),
                "content-type", "application/json"));
        return new Malformed(key, field, value);
    }

    @Test
    void anExerciseTheCatalogueDoesNotKnowIsKeptAndReported() {
        String runnerId = unique("unknown");
        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId,
                workout(runnerId, unique("w"), Instant.now().minus(1, ChronoUnit.HOURS),
                        performed("glute-bridge", 2, 10, 6), performed("moon-walk", 3, 10, 5)),
                UUID.randomUUID().toString());

        JsonNode update = data(progressions(kafka, runnerId, 1).get(0));
        assertThat(update.path("changes")).extracting(c -> c.path("exerciseId").asText()).containsExactly("glute-bridge");
        assertThat(update.path("unknownExercises")).extracting(JsonNode::asText).containsExactly("moon-walk");
        JsonNode stored = readJson(asBackend().when().get("/runners/{runnerId}/workouts", runnerId)
                .then().statusCode(200).extract().asString());
        assertThat(stored.path("items").get(0).path("exercises")).extracting(e -> e.path("exerciseId").asText())
                .containsExactly("glute-bridge", "moon-walk");
    }

    private String progressOf(String runnerId) {
        return asBackend().when().get("/runners/{runnerId}/progress", runnerId).then().statusCode(200).extract().asString();
    }

    /** Waits until the service's consumer group has committed every record on the topic, then until its outbox is empty. */
    private void awaitEverythingConsumed(String topic) {
        long end = kafka.endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.committedTotal(GROUP, topic) >= end);
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.backlog() == 0);
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
