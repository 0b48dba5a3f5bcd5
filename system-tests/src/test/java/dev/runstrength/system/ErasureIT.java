package dev.runstrength.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Erasure across the running services (contract v1.1): a runner with history in planner and tracking is erased
 * with {@code DELETE /runners/{runnerId}}; nothing of it is left in either database or over HTTP, and another
 * runner is untouched.
 */
class ErasureIT extends SystemTest {

    /** Every table of each service that can hold a row about a runner, and the column naming the runner. */
    private static final Map<String, Map<String, String>> TABLES = Map.of(
            "planner", tables("runner_profile", "plan", "runner_progression", "profile_intake", "calendar_session",
                    "calendar_feed"),
            "tracking", tables("workout", "plan", "progression_state", "progression_checkpoint", "workout_intake"));

    @Test
    void anErasedRunnerLeavesNothingInEitherServiceAndAnotherRunnerIsUntouched() {
        String erased = Runners.newId("erase");
        String kept = Runners.newId("keep");
        withHistory(erased);
        withHistory(kept);
        Map<String, Long> keptBefore = rowsOf(kept);
        assertThat(rowsOf(erased).values()).as("the runner's history before erasure").anyMatch(n -> n > 0);

        Response accepted = RunningSystem.get().asBackend("planner").delete("/runners/{runnerId}", erased);
        accepted.then().statusCode(202).body("runnerId", equalTo(erased)).body("topic", equalTo(Topics.RUNNER_PROFILES));
        // after the runner's profile, its erasure, under the event id the answer gave
        ConsumerRecord<String, byte[]> event = backend.awaitEvents(Topics.RUNNER_PROFILES, erased, 2).get(1);
        assertThat(Backend.header(event, "ce_type")).isEqualTo(EventKind.RUNNER_ERASED.type());
        assertThat(Backend.header(event, "ce_id")).isEqualTo(accepted.<String>path("eventId"));

        await().atMost(Backend.EVENT_TIMEOUT).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(rowsOf(erased)).allSatisfy((table, n) -> assertThat(n).as(table).isZero()));
        for (String path : List.of("/runners/{runnerId}/plan", "/runners/{runnerId}/plan.ics")) {
            RunningSystem.get().asBackend("planner").get(path, erased).then().statusCode(404);
        }
        for (String path : List.of("/runners/{runnerId}/progress", "/runners/{runnerId}/workouts")) {
            RunningSystem.get().asBackend("tracking").get(path, erased).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        assertThat(markers(erased)).as("only the erasure's marker is left, in each service").isEqualTo(2);

        assertThat(rowsOf(kept)).as("the other runner's rows").isEqualTo(keptBefore);
        RunningSystem.get().asBackend("planner").get("/runners/{runnerId}/plan", kept).then().statusCode(200);
        RunningSystem.get().asBackend("tracking").get("/runners/{runnerId}/progress", kept).then().statusCode(200);
        assertThat(markers(kept)).isZero();
    }

    /** A profile (a plan follows) and a workout of its first session (a progression follows). */
    private void withHistory(String runnerId) {
        RunningSystem.get().asBackend("planner").contentType("application/json")
                .body(Runners.profile(runnerId, Runners.SET_UP_AT, "BEGINNER").toString())
                .put("/runners/{runnerId}/profile", runnerId).then().statusCode(202);
        JsonNode plan = Backend.data(backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, 1).get(0));
        backend.awaitPlansKnownToTracking();
        RunningSystem.get().asBackend("tracking").contentType("application/json")
                .body(Runners.workoutAsPrescribed(runnerId, plan.path("planId").asText(), Runners.session(plan, 1, 0),
                        Runners.newId("w"), 6).toString())
                .post("/runners/{runnerId}/workouts", runnerId).then().statusCode(202);
        backend.awaitEvents(Topics.TRACKING_PROGRESSIONS, runnerId, 1);
        await().atMost(Backend.EVENT_TIMEOUT).until(() -> rowsOf(runnerId).get("planner.runner_progression") == 1);
    }

    private static Map<String, String> tables(String... names) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String name : names) {
            tables.put(name, "select count(*) from " + name + " where runner_id = ?");
        }
        tables.put("outbox_event", "select count(*) from outbox_event where record_key = ? and topic <> 'runner.profiles'");
        return tables;
    }

    private static Map<String, Long> rowsOf(String runnerId) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String service : List.of("planner", "tracking")) {
            TABLES.get(service).forEach((table, sql) -> rows.put(service + "." + table, count(service, sql, runnerId)));
        }
        return rows;
    }

    private static long markers(String runnerId) {
        String digest = sha256(runnerId);
        return count("planner", "select count(*) from runner_erasure where runner_digest = ?", digest)
                + count("tracking", "select count(*) from runner_erasure where runner_digest = ?", digest);
    }

    private static long count(String service, String sql, String parameter) {
        try (Connection connection = RunningSystem.get().connect(service);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
