package dev.runstrength.tracking.erasure;

import static dev.runstrength.infra.security.Callers.asBackend;
import static dev.runstrength.tracking.messaging.TrackingEvents.JSON;
import static dev.runstrength.tracking.messaging.TrackingEvents.performed;
import static dev.runstrength.tracking.messaging.TrackingEvents.produceBinary;
import static dev.runstrength.tracking.messaging.TrackingEvents.progressions;
import static dev.runstrength.tracking.messaging.TrackingEvents.unique;
import static dev.runstrength.tracking.messaging.TrackingEvents.workout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.model.BlockPhase;
import dev.runstrength.contracts.model.Level;
import dev.runstrength.contracts.model.TrainingPhase;
import dev.runstrength.tracking.TrackingTestResources;
import dev.runstrength.tracking.messaging.LateWorkoutTest;
import dev.runstrength.tracking.messaging.TrackingEvents;
import dev.runstrength.platform.erasure.RunnerErasureRepository;
import dev.runstrength.replica.SeededCatalogueTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Erasure in tracking, with the real broker and database: the erasure on runner.profiles removes every workout,
 * plan and progression of the runner; another runner keeps everything; profiles on that topic are skipped; later
 * events older than the erasure are dropped and a newer workout starts the runner afresh.
 */
@QuarkusTest
@TrackingTestResources
@TestProfile(LateWorkoutTest.CheckpointEveryThree.class)
class RunnerErasureTest extends SeededCatalogueTest {

    /** Every tracking table that holds a row about a runner; {@link #everyTableWithARunnerIsErased} keeps it whole. */
    private static final List<String> RUNNER_TABLES = List.of("workout", "plan", "progression_state",
            "progression_checkpoint", "workout_intake");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RunnerErasureRepository erasures;

    @Test
    void anErasureLeavesNothingOfTheRunnerAndTouchesNoOneElse() {
        String erased = unique("erase");
        String kept = unique("keep");
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(5);
        for (String runnerId : List.of(erased, kept)) {
            String planId = unique("plan");
            publishPlan(runnerId, planId, day);
            ObjectNode overHttp = workout(runnerId, unique("w"), day.atTime(18, 0).toInstant(ZoneOffset.UTC),
                    performed("glute-bridge", 3, 12, 6));
            asBackend().contentType("application/json").body(overHttp.toString())
                    .post("/runners/{runnerId}/workouts", runnerId).then().statusCode(202);
            for (int later = 2; later <= 3; later++) {
                produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, workout(runnerId, unique("w"),
                        day.plusDays(later).atTime(18, 0).toInstant(ZoneOffset.UTC), performed("glute-bridge", 3, 12, 6)),
                        UUID.randomUUID().toString());
            }
            progressions(kafka, runnerId, 3);
            await().atMost(Duration.ofSeconds(30)).until(() -> rowsOf(runnerId).get("plan") == 1);
            // a progression can reach the topic a moment before the relay deletes its outbox row
            await().atMost(Duration.ofSeconds(30)).until(() -> rowsOf(runnerId).getOrDefault("outbox_event", 0L) == 0L);
        }
        // three workouts with a checkpoint every three: the snapshot tables hold the runner too
        assertThat(rowsOf(erased)).containsEntry("workout", 3L).containsEntry("workout_intake", 1L)
                .containsEntry("progression_state", 1L).containsEntry("progression_checkpoint", 1L);
        Map<String, Long> keptBefore = rowsOf(kept);

        // a profile on the same topic is the planner's business: skipped here, never dead-lettered
        String profile = "{\"runnerId\":\"" + erased + "\",\"updatedAt\":\"2026-11-22T08:00:00Z\",\"level\":\"BEGINNER\"}";
        kafka.produce(Topics.RUNNER_PROFILES, erased, profile.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "urn:test:running-app",
                "ce_type", EventKind.RUNNER_PROFILE_UPDATED.type(), "content-type", "application/json"));
        String erasureId = UUID.randomUUID().toString();
        sendErasure(erased, erasureId, Instant.now());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rowsOf(erased))
                .allSatisfy((table, n) -> assertThat(n).as(table).isZero()));
        assertThat(markerEventId(erased)).isEqualTo(erasureId);
        asBackend().get("/runners/{runnerId}/progress", erased).then().statusCode(404)
                .contentType("application/problem+json");
        asBackend().get("/runners/{runnerId}/workouts", erased).then().statusCode(404)
                .contentType("application/problem+json");

        assertThat(rowsOf(kept)).isEqualTo(keptBefore);
        asBackend().get("/runners/{runnerId}/progress", kept).then().statusCode(200);
    }

    @Test
    void workoutsAndPlansOlderThanTheErasureAreDroppedAndANewerWorkoutStartsAfresh() {
        String runnerId = unique("erase-late");
        Instant requestedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String erasureId = UUID.randomUUID().toString();
        sendErasure(runnerId, erasureId, requestedAt);
        // the same erasure again, and an older one late: nothing changes
        sendErasure(runnerId, erasureId, requestedAt);
        sendErasure(runnerId, UUID.randomUUID().toString(), requestedAt.minusSeconds(3600));
        await().atMost(Duration.ofSeconds(30)).until(() -> erasureId.equals(markerEventId(runnerId)));

        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        publishPlan(runnerId, unique("plan-old"), day);
        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, workout(runnerId, unique("w-old"),
                day.atTime(18, 0).toInstant(ZoneOffset.UTC), performed("glute-bridge", 3, 12, 6)), UUID.randomUUID().toString());
        String fresh = unique("w-new");
        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, workout(runnerId, fresh,
                requestedAt.plusSeconds(60), performed("glute-bridge", 3, 12, 6)), UUID.randomUUID().toString());

        List<JsonNode> updates = progressions(kafka, runnerId, 1).stream().map(TrackingEvents::data).toList();
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).path("workoutId").asText()).isEqualTo(fresh);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rowsOf(runnerId))
                .containsEntry("workout", 1L).containsEntry("plan", 0L));
        assertThat(markerEventId(runnerId)).isEqualTo(erasureId);
    }

    @Test
    void everyTableWithARunnerIsErased() {
        // a table added by a later migration with a runner_id column must be added to the erasure and to this test
        assertThat(tablesWithARunnerIdColumn()).containsExactlyInAnyOrderElementsOf(RUNNER_TABLES);
    }

    private List<String> tablesWithARunnerIdColumn() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select table_name from information_schema.columns"
                     + " where table_schema = current_schema() and column_name = 'runner_id'")) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sendErasure(String runnerId, String eventId, Instant requestedAt) {
        String data = "{\"runnerId\":\"" + runnerId + "\",\"requestedAt\":\"" + requestedAt + "\"}";
        kafka.produce(Topics.RUNNER_PROFILES, runnerId, data.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_specversion", "1.0", "ce_id", eventId, "ce_source", "urn:test:running-app",
                "ce_type", EventKind.RUNNER_ERASED.type(), "content-type", "application/json"));
    }

    private void publishPlan(String runnerId, String planId, LocalDate day) {
        TrainingPlan.Prescribed bridge = new TrainingPlan.Prescribed("glute-bridge", "Glute bridge", "STRENGTH",
                3, 12, null, false, null, null, 45, List.of(), List.of());
        TrainingPlan.Session session = new TrainingPlan.Session("s1", day, day.getDayOfWeek(), "Test session", 20, List.of(
                new TrainingPlan.Block(BlockPhase.PREPARE, List.of()),
                new TrainingPlan.Block(BlockPhase.STRENGTHEN, List.of(bridge)),
                new TrainingPlan.Block(BlockPhase.RECOVER, List.of())));
        TrainingPlan plan = new TrainingPlan(planId, runnerId, day.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                new TrainingPlan.BasedOn(day.minusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC), null),
                TrainingPhase.GENERAL, List.of(new TrainingPlan.Week(1, day, false, List.of(session))),
                List.of(new TrainingPlan.Rationale("TEST", "A plan written by the test.")), Level.BEGINNER);
        produceBinary(kafka, EventKind.PLAN_GENERATED, runnerId, JSON.valueToTree(plan), UUID.randomUUID().toString());
    }

    /** Rows about the runner in every tracking table that can hold one. */
    private Map<String, Long> rowsOf(String runnerId) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : RUNNER_TABLES) {
            rows.put(table, count("select count(*) from " + table + " where runner_id = ?", runnerId));
        }
        rows.put("outbox_event", count("select count(*) from outbox_event where record_key = ?", runnerId));
        return rows;
    }

    private String markerEventId(String runnerId) {
        return QuarkusTransaction.requiringNew().call(() -> erasures.markerOf(runnerId))
                .map(RunnerErasureRepository.Marker::eventId).orElse(null);
    }

    private long count(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
