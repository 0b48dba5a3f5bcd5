package dev.runstrength.tracking.rest;

import static dev.runstrength.infra.security.Callers.asBackend;
import static dev.runstrength.infra.security.Callers.asRunner;
import static dev.runstrength.tracking.messaging.TrackingEvents.data;
import static dev.runstrength.tracking.messaging.TrackingEvents.header;
import static dev.runstrength.tracking.messaging.TrackingEvents.held;
import static dev.runstrength.tracking.messaging.TrackingEvents.ofKey;
import static dev.runstrength.tracking.messaging.TrackingEvents.performed;
import static dev.runstrength.tracking.messaging.TrackingEvents.progressions;
import static dev.runstrength.tracking.messaging.TrackingEvents.unique;
import static dev.runstrength.tracking.messaging.TrackingEvents.workout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.Topics;
import dev.runstrength.replica.SeededCatalogueTest;
import dev.runstrength.tracking.TrackingTestResources;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** POST /runners/{runnerId}/workouts: checked like a workouts.completed record, published there once, judged like any other. */
@QuarkusTest
@TrackingTestResources
class WorkoutIntakeTest extends SeededCatalogueTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Instant DONE = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    private static Response post(String runnerId, String body) {
        return asBackend().contentType("application/json").body(body).post("/runners/{runnerId}/workouts", runnerId);
    }

    private static ObjectNode bridges(String runnerId, String workoutId) {
        return workout(runnerId, workoutId, DONE, performed("glute-bridge", 2, 10, 6), held("plank", 2, 30, 6));
    }

    private List<ConsumerRecord<String, byte[]>> workoutsOf(String runnerId, int atLeast) {
        return ofKey(kafka.consume(Topics.WORKOUTS_COMPLETED, records -> ofKey(records, runnerId).size() >= atLeast,
                Duration.ofSeconds(30)), runnerId);
    }

    @Test
    void aWorkoutIsPublishedOnWorkoutsCompletedAndYieldsAProgressionUpdate() {
        String runnerId = unique("http");
        String workoutId = runnerId + "-w1";
        ObjectNode workout = bridges(runnerId, workoutId);

        Response accepted = post(runnerId, workout.toString());

        accepted.then().statusCode(202).contentType("application/json")
                .header("Location", endsWith("/runners/" + runnerId + "/workouts/" + workoutId))
                .body("workoutId", equalTo(workoutId)).body("topic", equalTo(Topics.WORKOUTS_COMPLETED))
                .body("repeated", equalTo(false)).body("ignoredFields", empty());
        ConsumerRecord<String, byte[]> record = workoutsOf(runnerId, 1).get(0);
        assertThat(header(record, "ce_id")).isEqualTo(accepted.<String>path("eventId"));
        assertThat(data(record)).isEqualTo(workout);
        assertThat(data(progressions(kafka, runnerId, 1).get(0)).path("workoutId").asText()).isEqualTo(workoutId);

        String location = accepted.header("Location");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asBackend().get(location).then().statusCode(200)
                .body("workoutId", equalTo(workoutId)));
        asRunner(runnerId).get(location).then().statusCode(200);
        asRunner(runnerId + "-other").get(location).then().statusCode(403).contentType(PROBLEM);
        asBackend().get("/runners/{runnerId}/workouts/{workoutId}", runnerId + "-other", workoutId)
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("workoutId"));
        asBackend().get("/runners/{runnerId}/progress", runnerId).then().statusCode(200)
                .body("adherence.completedSessions", equalTo(0));
    }

    @Test
    void fieldsTheContractDoesNotNameAreAcceptedPublishedAsSentAndNamedInTheAnswer() {
        String runnerId = unique("http-unknown");
        ObjectNode workout = bridges(runnerId, runnerId + "-w1");
        ((ObjectNode) workout.get("exercises").get(0)).put("pain", 4);
        workout.put("feeling", "tired");

        post(runnerId, workout.toString()).then().statusCode(202)
                .body("ignoredFields", contains("exercises[0].pain", "feeling"));

        assertThat(data(workoutsOf(runnerId, 1).get(0))).as("published as sent").isEqualTo(workout);
    }

    @Test
    void theSameWorkoutTwiceIsPublishedOnceAndAnotherUnderItsIdIsAConflict() {
        String runnerId = unique("http-twice");
        String workoutId = runnerId + "-w1";

        String first = post(runnerId, bridges(runnerId, workoutId).toString()).then().statusCode(202)
                .extract().path("eventId");
        // the same workout written another way: members in another order, the instant with milliseconds
        ObjectNode rewritten = bridges(runnerId, workoutId);
        rewritten.remove("workoutId");
        rewritten.put("workoutId", workoutId);
        rewritten.put("completedAt", DONE.toString().replace("Z", ".000Z"));
        post(runnerId, rewritten.toString()).then().statusCode(202)
                .body("repeated", equalTo(true)).body("eventId", equalTo(first));
        post(runnerId, workout(runnerId, workoutId, DONE, performed("glute-bridge", 3, 10, 6)).toString()).then()
                .statusCode(409).contentType(PROBLEM).body("detail", containsString("workoutId"));

        post(runnerId, bridges(runnerId, runnerId + "-w2").toString()).then().statusCode(202);
        assertThat(workoutsOf(runnerId, 2)).hasSize(2);
        assertThat(progressions(kafka, runnerId, 2)).hasSize(2);
    }

    @Test
    void aBodyBreakingTheSchemaOrNamingAnotherRunnerIsA400AndPublishesNothing() {
        String runnerId = unique("http-bad");
        ObjectNode noExercises = bridges(runnerId, runnerId + "-x");
        noExercises.remove("exercises");

        post(runnerId, noExercises.toString()).then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("exercises"));
        post(runnerId, bridges(runnerId, runnerId + "-x").put("completedAt", Instant.now().plus(3, ChronoUnit.DAYS)
                .toString()).toString()).then().statusCode(400).body("detail", containsString("completedAt"));
        post(runnerId, bridges(runnerId, "w\u0000").toString()).then().statusCode(400)
                .body("detail", containsString("workoutId"));
        post(runnerId, bridges(runnerId + "-else", runnerId + "-x").toString()).then().statusCode(400)
                .body("detail", containsString("runnerId"));
        post(runnerId, "[]").then().statusCode(400).contentType(PROBLEM);

        // the outbox keeps one runner's events in order, so after a valid workout the topic shows all there were
        post(runnerId, bridges(runnerId, runnerId + "-ok").toString()).then().statusCode(202);
        List<ConsumerRecord<String, byte[]>> published = workoutsOf(runnerId, 1);
        assertThat(published).hasSize(1);
        assertThat(data(published.get(0)).path("workoutId").asText()).isEqualTo(runnerId + "-ok");
    }
}
