package dev.runstrength.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.contracts.validation.ContractValidator;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A backend without a Kafka client: a runner who exists only through HTTP gets a plan and a
 * progression, on Kafka and over HTTP, exactly as one sent on Kafka would; a body that breaks the
 * contract is refused naming the field and publishes nothing.
 */
class HttpIngestionIT extends SystemTest {

    private static final ContractValidator CONTRACT = new ContractValidator();

    private static Response putProfile(String runnerId, String body) {
        return RunningSystem.get().asBackend("planner").contentType("application/json").body(body)
                .put("/runners/{runnerId}/profile", runnerId);
    }

    private static Response postWorkout(String runnerId, String body) {
        return RunningSystem.get().asBackend("tracking").contentType("application/json").body(body)
                .post("/runners/{runnerId}/workouts", runnerId);
    }

    @Test
    void aRunnerKnownOnlyOverHttpGetsAPlanAndAProgressionOnKafkaAndOverHttp() {
        String runnerId = Runners.newId("http");
        ObjectNode profile = Runners.profile(runnerId, Runners.SET_UP_AT, "BEGINNER");

        Response accepted = putProfile(runnerId, profile.toString());
        accepted.then().statusCode(202).header("Location", endsWith("/runners/" + runnerId + "/plan"))
                .body("topic", equalTo(Topics.RUNNER_PROFILES));

        // Kafka stays the one log: the profile is on runner.profiles under the event id the answer gave
        ConsumerRecord<String, byte[]> published = backend.awaitEvents(Topics.RUNNER_PROFILES, runnerId, 1).get(0);
        assertThat(Backend.header(published, "ce_id")).isEqualTo(accepted.<String>path("eventId"));
        assertThat(Backend.data(published)).isEqualTo(profile);

        JsonNode plan = Backend.data(backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, 1).get(0));
        CONTRACT.validate(EventKind.PLAN_GENERATED, plan, runnerId);
        String location = accepted.header("Location");
        JsonNode overHttp = Backend.json(RunningSystem.get().asBackend("planner").get(location)
                .then().statusCode(200).extract().asString());
        assertThat(overHttp).isEqualTo(plan);

        backend.awaitPlansKnownToTracking();
        String workoutId = Runners.newId("w1");
        ObjectNode workout = Runners.workoutAsPrescribed(runnerId, plan.path("planId").asText(),
                Runners.session(plan, 1, 0), workoutId, 6);
        Response sent = postWorkout(runnerId, workout.toString());
        sent.then().statusCode(202).header("Location", endsWith("/runners/" + runnerId + "/workouts/" + workoutId))
                .body("repeated", equalTo(false));
        // a retry of the same request (a lost answer, say) publishes nothing more
        postWorkout(runnerId, workout.toString()).then().statusCode(202)
                .body("repeated", equalTo(true)).body("eventId", equalTo(sent.<String>path("eventId")));

        JsonNode progression = Backend.data(backend.awaitEvents(Topics.TRACKING_PROGRESSIONS, runnerId, 1).get(0));
        CONTRACT.validate(EventKind.PROGRESSION_UPDATED, progression, runnerId);
        assertThat(progression.path("workoutId").asText()).isEqualTo(workoutId);
        assertThat(progression.path("adherence").path("completedSessions").asInt()).isEqualTo(1);

        await().atMost(Backend.EVENT_TIMEOUT).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                RunningSystem.get().asBackend("tracking").get(sent.header("Location")).then().statusCode(200)
                        .body("workoutId", equalTo(workoutId)));
        RunningSystem.get().asBackend("tracking").get("/runners/{runnerId}/progress", runnerId).then().statusCode(200)
                .body("adherence.completedSessions", equalTo(1));

        backend.awaitCaughtUp(ConsumerGroups.TRACKING_WORKOUTS, Topics.WORKOUTS_COMPLETED);
        assertThat(backend.events(Topics.WORKOUTS_COMPLETED, runnerId)).as("the workout, published once").hasSize(1);
        assertThat(backend.events(Topics.TRACKING_PROGRESSIONS, runnerId)).as("one progression for it").hasSize(1);
    }

    @Test
    void aBodyBreakingTheSchemaIsA400NamingTheFieldAndPublishesNothing() {
        String runnerId = Runners.newId("http-bad");
        ObjectNode tooMany = Runners.profile(runnerId, Runners.SET_UP_AT, "BEGINNER").put("sessionsPerWeek", 9);
        putProfile(runnerId, tooMany.toString()).then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", containsString("sessionsPerWeek"));
        ObjectNode noExercises = Runners.plankWorkout(runnerId, Runners.newId("w"), Runners.SET_UP_AT);
        noExercises.remove("exercises");
        postWorkout(runnerId, noExercises.toString()).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("exercises"));

        // the outbox keeps one runner's events in order: once a valid profile and workout are on their
        // topics, everything published for this runner is there
        putProfile(runnerId, Runners.profile(runnerId, Runners.SET_UP_AT, "BEGINNER").toString()).then().statusCode(202);
        postWorkout(runnerId, Runners.plankWorkout(runnerId, Runners.newId("w"), Runners.SET_UP_AT.plusSeconds(86400))
                .toString()).then().statusCode(202);
        List<ConsumerRecord<String, byte[]>> profiles = backend.awaitEvents(Topics.RUNNER_PROFILES, runnerId, 1);
        List<ConsumerRecord<String, byte[]>> workouts = backend.awaitEvents(Topics.WORKOUTS_COMPLETED, runnerId, 1);
        assertThat(profiles).hasSize(1);
        assertThat(Backend.data(profiles.get(0)).path("sessionsPerWeek").asInt()).isEqualTo(2);
        assertThat(workouts).hasSize(1);
        assertThat(Backend.data(workouts.get(0)).has("exercises")).isTrue();
    }
}
