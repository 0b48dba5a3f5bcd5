package dev.runstrength.tracking.messaging;

import static dev.runstrength.tracking.messaging.TrackingEvents.JSON;
import static dev.runstrength.tracking.messaging.TrackingEvents.data;
import static dev.runstrength.tracking.messaging.TrackingEvents.performed;
import static dev.runstrength.tracking.messaging.TrackingEvents.produceBinary;
import static dev.runstrength.tracking.messaging.TrackingEvents.progressions;
import static dev.runstrength.tracking.messaging.TrackingEvents.unique;
import static dev.runstrength.tracking.messaging.TrackingEvents.workout;
import static dev.runstrength.infra.security.Callers.asBackend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.model.BlockPhase;
import dev.runstrength.contracts.model.Level;
import dev.runstrength.contracts.model.TrainingPhase;
import dev.runstrength.contracts.validation.ContractValidator;
import dev.runstrength.replica.SeededCatalogueTest;
import dev.runstrength.tracking.TrackingTestResources;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A plan from the planner, then the runner carries out its sessions: judged against the planned dose. A plan
 * that arrives after a workout of its sessions corrects that workout's update once.
 */
@QuarkusTest
@TrackingTestResources
class PlannedProgressionTest extends SeededCatalogueTest {

    @Inject
    MeterRegistry registry;

    @Test
    void twoEasySessionsOfThePlannedDoseProgressTheExercise() throws IOException {
        String runnerId = unique("planned");
        String planId = unique("plan");
        LocalDate first = LocalDate.now(ZoneOffset.UTC).minusDays(8);
        LocalDate second = first.plusDays(3);
        publishPlan(runnerId, planId, first, second);
        // the plan is known once the runner has a (still empty) progress
        await().atMost(Duration.ofSeconds(30)).until(
                () -> asBackend().when().get("/runners/{runnerId}/progress", runnerId).then().extract().statusCode() == 200);

        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, planned(runnerId, planId, "s1", first), UUID.randomUUID().toString());
        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, planned(runnerId, planId, "s2", second), UUID.randomUUID().toString());

        List<JsonNode> updates = progressions(kafka, runnerId, 2).stream().map(TrackingEvents::data).toList();
        assertThat(updates).hasSize(2);
        JsonNode firstChange = changeOf(updates.get(0), "glute-bridge");
        assertThat(firstChange.path("decision").asText()).isEqualTo("HOLD");
        assertThat(firstChange.path("from").path("sets").asInt()).isEqualTo(3);
        assertThat(firstChange.path("from").path("reps").asInt()).isEqualTo(12);

        JsonNode progress = changeOf(updates.get(1), "glute-bridge");
        assertThat(progress.path("decision").asText()).isEqualTo("PROGRESS");
        assertThat(progress.path("from").path("reps").asInt()).isEqualTo(12);
        assertThat(progress.path("to").path("exerciseId").asText()).isEqualTo("glute-bridge");
        assertThat(progress.path("to").path("reps").asInt()).isGreaterThan(12);
        assertThat(progress.path("reason").asText()).isNotBlank();
        assertThat(updates.get(1).path("adherence").path("completedSessions").asInt()).isEqualTo(2);
        assertThat(updates.get(1).path("adherence").path("plannedSessions").asInt()).isEqualTo(2);

        JsonNode shown = JSON.readTree(asBackend().when().get("/runners/{runnerId}/progress", runnerId)
                .then().statusCode(200).extract().asString());
        JsonNode bridge = null;
        for (JsonNode exercise : shown.path("exercises")) {
            if ("glute-bridge".equals(exercise.path("exerciseId").asText())) {
                bridge = exercise;
            }
        }
        assertThat(bridge).as("glute-bridge in " + shown).isNotNull();
        assertThat(bridge.path("current")).isEqualTo(progress.path("to"));
        assertThat(bridge.path("lastDecision").asText()).isEqualTo("PROGRESS");
        assertThat(bridge.path("lastReason").asText()).isEqualTo(progress.path("reason").asText());
        assertThat(Instant.parse(bridge.path("updatedAt").asText()))
                .isEqualTo(Instant.parse(updates.get(1).path("updatedAt").asText()));
        assertThat(shown.path("adherence")).isEqualTo(updates.get(1).path("adherence"));
    }

    @Test
    void aPlanArrivingAfterItsWorkoutCorrectsTheUpdateOnceAndItsRedeliveryPublishesNothing() throws IOException {
        String runnerId = unique("late-plan");
        String planId = unique("plan");
        LocalDate first = LocalDate.now(ZoneOffset.UTC).minusDays(8);
        LocalDate second = first.plusDays(3);
        ObjectNode done = planned(runnerId, planId, "s1", first);
        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, done, UUID.randomUUID().toString());
        ConsumerRecord<String, byte[]> original = progressions(kafka, runnerId, 1).get(0);
        assertThat(data(original).path("adherence").path("completedSessions").asInt())
                .as("without the plan no session is known to be planned").isZero();

        String planEventId = UUID.randomUUID().toString();
        publishPlan(runnerId, planId, first, second, planEventId);

        List<ConsumerRecord<String, byte[]>> both = progressions(kafka, runnerId, 2);
        ConsumerRecord<String, byte[]> corrected = both.get(1);
        JsonNode correction = data(corrected);
        assertThat(correction.path("workoutId").asText()).as("the same workout, corrected")
                .isEqualTo(done.path("workoutId").asText());
        assertThat(TrackingEvents.header(corrected, "ce_id")).isNotEqualTo(TrackingEvents.header(original, "ce_id"));
        assertThat(correction.path("updatedAt")).isEqualTo(data(original).path("updatedAt"));
        assertThat(correction.path("adherence").path("completedSessions").asInt()).isEqualTo(1);
        JsonNode change = changeOf(correction, "glute-bridge");
        assertThat(change.path("decision").asText()).isEqualTo("HOLD");
        assertThat(change.path("from").path("sets").asInt()).as("the plan's dose").isEqualTo(3);
        assertThat(change.path("from").path("reps").asInt()).isEqualTo(12);

        // the plan again, under its own event id and under a new one: nothing more to correct
        double appliedBefore = appliedPlans();
        double duplicatesBefore = duplicatePlans();
        publishPlan(runnerId, planId, first, second, planEventId);
        publishPlan(runnerId, planId, first, second, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> appliedPlans() >= appliedBefore + 1
                && duplicatePlans() >= duplicatesBefore + 1);
        // and a workout after all of it: its own update is the next one, nothing came between
        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, planned(runnerId, planId, "s2", second),
                UUID.randomUUID().toString());
        List<ConsumerRecord<String, byte[]>> all = progressions(kafka, runnerId, 3);
        assertThat(all).hasSize(3);
        assertThat(TrackingEvents.allOf(kafka, dev.runstrength.contracts.Topics.TRACKING_PROGRESSIONS, runnerId))
                .as("one original, one correction, one new workout").hasSize(3);
    }

    @Test
    void aPlanBeforeItsWorkoutCorrectsNothing() {
        String runnerId = unique("plan-first");
        String planId = unique("plan");
        LocalDate first = LocalDate.now(ZoneOffset.UTC).minusDays(8);
        publishPlan(runnerId, planId, first, first.plusDays(3), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(
                () -> asBackend().when().get("/runners/{runnerId}/progress", runnerId).then().extract().statusCode() == 200);
        double corrected = registry.counter("runstrength.tracking.progressions.corrected").count();

        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, planned(runnerId, planId, "s1", first),
                UUID.randomUUID().toString());
        JsonNode update = data(progressions(kafka, runnerId, 1).get(0));
        assertThat(changeOf(update, "glute-bridge").path("from").path("reps").asInt()).isEqualTo(12);
        // a second runner's workout after the first: once it is out, the first runner's would be too
        String later = unique("plan-first-later");
        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, later, planned(later, unique("plan"), "s1", first),
                UUID.randomUUID().toString());
        progressions(kafka, later, 1);
        assertThat(TrackingEvents.allOf(kafka, dev.runstrength.contracts.Topics.TRACKING_PROGRESSIONS, runnerId))
                .hasSize(1);
        assertThat(registry.counter("runstrength.tracking.progressions.corrected").count()).isEqualTo(corrected);
    }

    private double appliedPlans() {
        return registry.counter("runstrength.events.applied", "consumer", PlanConsumer.CONSUMER).count();
    }

    private double duplicatePlans() {
        return registry.counter("runstrength.events.duplicates", "consumer", PlanConsumer.CONSUMER).count();
    }

    private void publishPlan(String runnerId, String planId, LocalDate first, LocalDate second) {
        publishPlan(runnerId, planId, first, second, UUID.randomUUID().toString());
    }

    private void publishPlan(String runnerId, String planId, LocalDate first, LocalDate second, String eventId) {
        TrainingPlan plan = new TrainingPlan(planId, runnerId, first.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                new TrainingPlan.BasedOn(first.minusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC), null),
                TrainingPhase.GENERAL,
                List.of(new TrainingPlan.Week(1, first, false, List.of(session("s1", first), session("s2", second)))),
                List.of(new TrainingPlan.Rationale("TEST", "A plan written by the test.")), Level.BEGINNER);
        JsonNode planData = JSON.valueToTree(plan);
        new ContractValidator().validate(EventKind.PLAN_GENERATED, planData, runnerId);
        produceBinary(kafka, EventKind.PLAN_GENERATED, runnerId, planData, eventId);
    }

    private static JsonNode changeOf(JsonNode update, String exerciseId) {
        for (JsonNode change : update.path("changes")) {
            if (exerciseId.equals(change.path("exerciseId").asText())) {
                return change;
            }
        }
        throw new AssertionError("no change for " + exerciseId + " in " + update);
    }

    /** The session done as planned (3 x 12), every set at RPE 6: a comfortable success. */
    private static ObjectNode planned(String runnerId, String planId, String sessionId, LocalDate day) {
        ObjectNode workout = workout(runnerId, unique("w"), day.atTime(18, 0).toInstant(ZoneOffset.UTC),
                performed("glute-bridge", 3, 12, 6));
        workout.put("planId", planId);
        workout.put("sessionId", sessionId);
        workout.put("sessionRpe", 5);
        return workout;
    }

    private static TrainingPlan.Session session(String sessionId, LocalDate date) {
        TrainingPlan.Prescribed bridge = new TrainingPlan.Prescribed("glute-bridge", "Glute bridge", "STRENGTH",
                3, 12, null, false, null, null, 45, List.of(), List.of());
        return new TrainingPlan.Session(sessionId, date, date.getDayOfWeek(), "Test session", 20, List.of(
                new TrainingPlan.Block(BlockPhase.PREPARE, List.of()),
                new TrainingPlan.Block(BlockPhase.STRENGTHEN, List.of(bridge)),
                new TrainingPlan.Block(BlockPhase.RECOVER, List.of())));
    }
}
