package dev.runstrength.tracking.messaging;

import static dev.runstrength.infra.security.Callers.asBackend;
import static dev.runstrength.tracking.messaging.TrackingEvents.JSON;
import static dev.runstrength.tracking.messaging.TrackingEvents.held;
import static dev.runstrength.tracking.messaging.TrackingEvents.performed;
import static dev.runstrength.tracking.messaging.TrackingEvents.produceBinary;
import static dev.runstrength.tracking.messaging.TrackingEvents.progressions;
import static dev.runstrength.tracking.messaging.TrackingEvents.unique;
import static dev.runstrength.tracking.messaging.TrackingEvents.workout;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.replica.SeededCatalogueTest;
import dev.runstrength.tracking.TrackingTestResources;
import dev.runstrength.tracking.persistence.ProgressionStateEntity;
import dev.runstrength.tracking.service.ProgressStore.Snapshot;
import dev.runstrength.tracking.service.StateJson;
import dev.runstrength.tracking.service.StoredForms;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Snapshots written before V14_2 are JSON (format 1): a runner's head and checkpoints in that form are
 * still continued from, not replayed from the start, and give the same progress as the compact form.
 * Checkpoints every 3 workouts (LateWorkoutTest's profile, so the application is shared).
 */
@QuarkusTest
@TestProfile(LateWorkoutTest.CheckpointEveryThree.class)
@TrackingTestResources
public class StoredJsonStillReadTest extends SeededCatalogueTest {

    @Inject
    MeterRegistry registry;

    @Test
    void aRunnerWhoseSnapshotsAreJsonIsContinuedFromThemAndEndsAsTheCompactOne() throws IOException {
        String json = unique("json-rows");
        String compact = unique("compact-rows");
        Instant start = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 4; i++) {
            send(json, i, start.plus(2L * i, ChronoUnit.DAYS));
            send(compact, i, start.plus(2L * i, ChronoUnit.DAYS));
        }
        assertThat(progressions(kafka, json, 4)).hasSize(4);
        assertThat(progressions(kafka, compact, 4)).hasSize(4);
        rewriteAsJson(json);

        double refolded = refolded();
        send(json, 4, start.plus(8, ChronoUnit.DAYS));
        send(compact, 4, start.plus(8, ChronoUnit.DAYS));
        assertThat(progressions(kafka, json, 5)).hasSize(5);
        assertThat(progressions(kafka, compact, 5)).hasSize(5);
        assertThat(refolded()).as("the new workout folded onto the JSON head, nothing replayed").isEqualTo(refolded);
        ProgressionStateEntity row = row(json);
        assertThat(row.snapshotFormat).isEqualTo(StoredForms.SNAPSHOT_FORMAT);
        assertThat(row.snapshot).as("the JSON is replaced by the compact form").isNull();
        assertThat(row.snapshotData).isNotEmpty();

        // after workout 3 and before workout 4: folded again from checkpoint 3 (JSON for one runner), 3 workouts each
        send(json, 9, start.plus(7, ChronoUnit.DAYS));
        send(compact, 9, start.plus(7, ChronoUnit.DAYS));
        assertThat(progressions(kafka, json, 6)).hasSize(6);
        assertThat(progressions(kafka, compact, 6)).hasSize(6);
        assertThat(refolded() - refolded).as("both late workouts folded from checkpoint 3, not from the start").isEqualTo(6.0);

        JsonNode expected = progressOf(compact);
        JsonNode actual = progressOf(json);
        assertThat(expected.path("exercises")).isNotEmpty();
        assertThat(actual.path("exercises")).isEqualTo(expected.path("exercises"));
        assertThat(actual.path("adherence")).isEqualTo(expected.path("adherence"));
        assertThat(actual.path("flags")).isEqualTo(expected.path("flags"));
    }

    /** The runner's head and checkpoint 3 as a version before V14_2 wrote them: JSON, format 1, no compact data. */
    private static void rewriteAsJson(String runnerId) {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Panache.getEntityManager();
            ProgressionStateEntity row = em.find(ProgressionStateEntity.class, runnerId);
            assertThat(row.snapshotFormat).isEqualTo(StoredForms.SNAPSHOT_FORMAT);
            Snapshot head = StoredForms.readSnapshot(row.snapshotFormat, row.snapshot, row.snapshotData).orElseThrow();
            row.snapshot = StateJson.write(head);
            row.snapshotData = null;
            row.snapshotFormat = StoredForms.SNAPSHOT_JSON_FORMAT;

            Object[] checkpoint = (Object[]) em.createNativeQuery(
                            "select format, data from progression_checkpoint where runner_id = ?1 and position = 3")
                    .setParameter(1, runnerId).getSingleResult();
            Snapshot third = StoredForms.readSnapshot(((Number) checkpoint[0]).intValue(), null, (byte[]) checkpoint[1])
                    .orElseThrow();
            assertThat(em.createNativeQuery("update progression_checkpoint set state = ?1, data = null, format = ?2"
                            + " where runner_id = ?3 and position = 3")
                    .setParameter(1, StateJson.write(third))
                    .setParameter(2, StoredForms.SNAPSHOT_JSON_FORMAT)
                    .setParameter(3, runnerId)
                    .executeUpdate()).isEqualTo(1);
        });
    }

    private static ProgressionStateEntity row(String runnerId) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().find(ProgressionStateEntity.class, runnerId));
    }

    private double refolded() {
        return registry.counter("runstrength.tracking.workouts.refolded").count();
    }

    /** Squats at 10, 10, 11, 11, ... reps at RPE 6, so the doses progress along the way. */
    private void send(String runnerId, int index, Instant at) {
        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, workout(runnerId, runnerId + "-w" + index, at,
                performed("bodyweight-squat", 2, 10 + index / 2, 6), held("plank", 2, 30, 7)), UUID.randomUUID().toString());
    }

    private static JsonNode progressOf(String runnerId) throws IOException {
        return JSON.readTree(asBackend().when().get("/runners/{runnerId}/progress", runnerId)
                .then().statusCode(200).extract().asString());
    }
}
