package dev.runstrength.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.DeadLetterHeaders;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/**
 * Malformed records on each input topic go to that topic's DLQ with a reason, and the valid records
 * published around them are still processed.
 */
class DeadLetterIT extends SystemTest {

    private static final String BROKEN_JSON = "{\"runnerId\": \"half a rec";

    @Test
    void runnerProfiles() {
        String runnerId = Runners.newId("dlq-profile");
        Instant first = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        Instant second = first.plusSeconds(30);
        backend.publish(EventKind.RUNNER_PROFILE_UPDATED, runnerId, Runners.profile(runnerId, first, "BEGINNER").toString());
        Malformed broken = raw(EventKind.RUNNER_PROFILE_UPDATED, runnerId, BROKEN_JSON, "");
        ObjectNode noLevel = Runners.profile(runnerId, first.plusSeconds(10), "BEGINNER");
        noLevel.remove("level");
        Malformed missingField = raw(EventKind.RUNNER_PROFILE_UPDATED, runnerId, noLevel.toString(), "level");
        backend.publish(EventKind.RUNNER_PROFILE_UPDATED, runnerId, Runners.profile(runnerId, second, "BEGINNER").toString());

        assertDeadLettered(Topics.RUNNER_PROFILES, 1, broken, missingField);
        List<ConsumerRecord<String, byte[]>> plans = backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, 2);
        assertThat(plans).extracting(plan -> Backend.data(plan).path("basedOn").path("profileUpdatedAt").asText())
                .containsExactly(first.toString(), second.toString());
    }

    @Test
    void workoutsCompleted() {
        String runnerId = Runners.newId("dlq-workout");
        Instant at = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String before = Runners.newId("w-before");
        String after = Runners.newId("w-after");
        backend.publish(EventKind.WORKOUT_COMPLETED, runnerId, Runners.plankWorkout(runnerId, before, at).toString());
        Malformed broken = raw(EventKind.WORKOUT_COMPLETED, runnerId, BROKEN_JSON, "");
        Malformed future = raw(EventKind.WORKOUT_COMPLETED, runnerId, Runners.plankWorkout(runnerId,
                Runners.newId("w-future"), Instant.now().plus(3, ChronoUnit.DAYS)).toString(), "completedAt");
        backend.publish(EventKind.WORKOUT_COMPLETED, runnerId,
                Runners.plankWorkout(runnerId, after, at.plus(1, ChronoUnit.DAYS)).toString());

        assertDeadLettered(Topics.WORKOUTS_COMPLETED, 1, broken, future);
        assertThat(backend.awaitEvents(Topics.TRACKING_PROGRESSIONS, runnerId, 2))
                .extracting(update -> Backend.data(update).path("workoutId").asText())
                .containsExactly(before, after);
    }

    @Test
    void trackingProgressions() {
        String runnerId = Runners.newId("dlq-progression");
        backend.publish(EventKind.RUNNER_PROFILE_UPDATED, runnerId,
                Runners.profile(runnerId, Runners.SET_UP_AT, "BEGINNER").toString());
        JsonNode plan = Backend.data(backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, 1).get(0));
        JsonNode exercise = Runners.strengthExercises(Runners.session(plan, 1, 0)).stream()
                .filter(e -> e.path("reps").isInt()).findFirst().orElseThrow();
        Instant at = Runners.SET_UP_AT.plus(3, ChronoUnit.DAYS);

        backend.publish(EventKind.PROGRESSION_UPDATED, runnerId, progress(runnerId, exercise, 1, at).toString());
        Malformed broken = raw(EventKind.PROGRESSION_UPDATED, runnerId, BROKEN_JSON, "");
        ObjectNode leap = progress(runnerId, exercise, 2, at.plusSeconds(60));
        ((ObjectNode) leap.path("changes").get(0)).put("decision", "LEAP");
        Malformed badDecision = raw(EventKind.PROGRESSION_UPDATED, runnerId, leap.toString(), "decision");
        backend.publish(EventKind.PROGRESSION_UPDATED, runnerId, progress(runnerId, exercise, 2, at.plusSeconds(120)).toString());

        assertDeadLettered(Topics.TRACKING_PROGRESSIONS, 1, broken, badDecision);
        assertThat(backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, 3))
                .extracting(p -> Backend.data(p).path("basedOn").path("progressionAt").asText())
                .containsExactly("null", at.toString(), at.plusSeconds(120).toString());
    }

    @Test
    void plannerPlans() {
        String runnerId = Runners.newId("dlq-plan");
        backend.publish(EventKind.RUNNER_PROFILE_UPDATED, runnerId,
                Runners.profile(runnerId, Runners.SET_UP_AT, "BEGINNER").toString());
        ConsumerRecord<String, byte[]> plan = backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, 1).get(0);
        backend.awaitPlansKnownToTracking();

        Malformed broken = raw(EventKind.PLAN_GENERATED, runnerId, BROKEN_JSON, "");
        ObjectNode noWeeks = (ObjectNode) Backend.data(plan).deepCopy();
        noWeeks.put("planId", "dlq-" + UUID.randomUUID());
        noWeeks.remove("weeks");
        Malformed missingWeeks = raw(EventKind.PLAN_GENERATED, runnerId, noWeeks.toString(), "weeks");
        // the valid record after them: the planner's own plan delivered once more
        RecordMetadata valid = backend.redeliver(plan);

        assertDeadLettered(Topics.PLANNER_PLANS, 1, broken, missingWeeks);
        backend.awaitPlansKnownToTracking();
        assertNotDeadLettered(Topics.PLANNER_PLANS, valid);
        // tracking holds the plan: a workout for its first session counts as a planned session
        JsonNode session = Runners.session(Backend.data(plan), 1, 0);
        backend.publish(EventKind.WORKOUT_COMPLETED, runnerId, Runners.workoutAsPrescribed(runnerId,
                Backend.data(plan).path("planId").asText(), session, Runners.newId("w"), 6).toString());
        JsonNode update = Backend.data(backend.awaitEvents(Topics.TRACKING_PROGRESSIONS, runnerId, 1).get(0));
        assertThat(update.path("adherence").path("completedSessions").asInt()).isEqualTo(1);
    }

    @Test
    void catalogExercises() {
        List<ConsumerRecord<String, byte[]>> catalogue = backend.allEvents(Topics.CATALOG_EXERCISES);
        ConsumerRecord<String, byte[]> someExercise = catalogue.get(catalogue.size() - 1);
        String key = "dlq-exercise-" + UUID.randomUUID().toString().substring(0, 8);

        RecordMetadata validBefore = backend.redeliver(someExercise);
        Malformed broken = raw(EventKind.EXERCISE_UPSERTED, key, BROKEN_JSON, "");
        ObjectNode noPhases = (ObjectNode) Backend.data(catalogue.stream()
                .filter(r -> EventKind.EXERCISE_UPSERTED.type().equals(Backend.header(r, "ce_type")))
                .findFirst().orElseThrow()).deepCopy();
        noPhases.put("id", key);
        noPhases.remove("phases");
        Malformed missingPhases = raw(EventKind.EXERCISE_UPSERTED, key, noPhases.toString(), "phases");
        RecordMetadata validAfter = backend.redeliver(someExercise);

        // planner and tracking each keep a replica, and each dead-letters what it cannot apply
        assertDeadLettered(Topics.CATALOG_EXERCISES, 2, broken, missingPhases);
        backend.awaitCaughtUp(ConsumerGroups.PLANNER_CATALOGUE, Topics.CATALOG_EXERCISES);
        backend.awaitCaughtUp(ConsumerGroups.TRACKING_CATALOGUE, Topics.CATALOG_EXERCISES);
        assertNotDeadLettered(Topics.CATALOG_EXERCISES, validBefore);
        assertNotDeadLettered(Topics.CATALOG_EXERCISES, validAfter);
    }

    /** A malformed record as it was sent, and the field its dead-letter reason must name ("" for unparseable). */
    private record Malformed(RecordMetadata sent, String value, String field) {
    }

    private Malformed raw(EventKind kind, String key, String value, String field) {
        return new Malformed(backend.publish(kind, key, value, UUID.randomUUID().toString()), value, field);
    }

    private ObjectNode progress(String runnerId, JsonNode exercise, int moreReps, Instant at) {
        ObjectNode update = dev.runstrength.contracts.ContractJson.mapper().createObjectNode();
        update.put("runnerId", runnerId);
        update.put("workoutId", Runners.newId("w"));
        update.put("updatedAt", at.toString());
        ObjectNode change = update.putArray("changes").addObject();
        change.put("exerciseId", exercise.path("exerciseId").asText());
        change.put("decision", "PROGRESS");
        change.set("from", prescription(exercise, exercise.path("reps").asInt()));
        change.set("to", prescription(exercise, exercise.path("reps").asInt() + moreReps));
        change.put("reason", "two strong sessions in a row");
        update.putObject("adherence").put("plannedSessions", 1).put("completedSessions", 1).put("rate", 1.0)
                .put("streakWeeks", 0);
        update.putArray("flags");
        return update;
    }

    private static ObjectNode prescription(JsonNode exercise, int reps) {
        ObjectNode p = dev.runstrength.contracts.ContractJson.mapper().createObjectNode();
        p.put("exerciseId", exercise.path("exerciseId").asText());
        p.put("sets", exercise.path("sets").asInt());
        p.put("reps", reps);
        p.putNull("holdSeconds");
        p.putNull("loadKg");
        return p;
    }

    /** Each malformed record is on the DLQ {@code copies} times, unchanged, with a reason naming the field. */
    private void assertDeadLettered(String topic, int copies, Malformed... malformed) {
        List<ConsumerRecord<String, byte[]>> dead = backend.kafka().consume(Topics.dlq(topic),
                read -> Arrays.stream(malformed).allMatch(m -> copiesOf(read, m.sent()).size() >= copies),
                Backend.EVENT_TIMEOUT);
        for (Malformed m : malformed) {
            List<ConsumerRecord<String, byte[]>> found = copiesOf(dead, m.sent());
            assertThat(found).as("dead letters of %s offset %d", topic, m.sent().offset()).hasSize(copies);
            for (ConsumerRecord<String, byte[]> letter : found) {
                assertThat(Backend.header(letter, DeadLetterHeaders.REASON)).isNotBlank().contains(m.field());
                assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo(m.value());
            }
        }
    }

    private void assertNotDeadLettered(String topic, RecordMetadata sent) {
        assertThat(copiesOf(backend.allEvents(Topics.dlq(topic)), sent)).as("valid record at offset %d", sent.offset())
                .isEmpty();
    }

    private static List<ConsumerRecord<String, byte[]>> copiesOf(List<ConsumerRecord<String, byte[]>> dead, RecordMetadata sent) {
        return dead.stream()
                .filter(r -> sent.topic().equals(Backend.header(r, DeadLetterHeaders.TOPIC)))
                .filter(r -> String.valueOf(sent.partition()).equals(Backend.header(r, DeadLetterHeaders.PARTITION)))
                .filter(r -> String.valueOf(sent.offset()).equals(Backend.header(r, DeadLetterHeaders.OFFSET)))
                .toList();
    }
}
