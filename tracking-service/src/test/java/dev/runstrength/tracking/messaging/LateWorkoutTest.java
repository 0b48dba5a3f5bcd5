package dev.runstrength.tracking.messaging;

import static dev.runstrength.infra.security.Callers.asBackend;
import static dev.runstrength.tracking.messaging.TrackingEvents.JSON;
import static dev.runstrength.tracking.messaging.TrackingEvents.allOf;
import static dev.runstrength.tracking.messaging.TrackingEvents.held;
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
import dev.runstrength.replica.SeededCatalogueTest;
import dev.runstrength.tracking.TrackingTestResources;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Linear tracking with checkpoints every 3 workouts: a workout older than the stored snapshot is
 * folded in from the last checkpoint before it, and the progress equals that of the same workouts
 * delivered in order.
 */
@QuarkusTest
@TestProfile(LateWorkoutTest.CheckpointEveryThree.class)
@TrackingTestResources
public class LateWorkoutTest extends SeededCatalogueTest {

    public static class CheckpointEveryThree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("runstrength.tracking.checkpoint-every", "3");
        }
    }

    /** tracking's group on workouts.completed, as application.properties names it. */
    private static final String WORKOUTS_GROUP = "tracking-service";

    private static final int WORKOUTS = 9;
    private static final int LATE = 6;

    @Test
    void aWorkoutOlderThanTheSnapshotIsFoldedInFromTheLastCheckpointBeforeIt() throws IOException {
        String inOrder = unique("in-order");
        String late = unique("late");
        Instant start = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < WORKOUTS; i++) {
            send(inOrder, i, start);
        }
        for (int i = 0; i < WORKOUTS; i++) {
            if (i != LATE) {
                send(late, i, start);
            }
        }
        assertThat(progressions(kafka, inOrder, WORKOUTS)).hasSize(WORKOUTS);
        assertThat(progressions(kafka, late, WORKOUTS - 1)).hasSize(WORKOUTS - 1);
        assertThat(checkpoints(late)).as("after 8 workouts in order").containsExactly(3, 6);

        ObjectNode lateOne = send(late, LATE, start);
        assertThat(progressions(kafka, late, WORKOUTS)).hasSize(WORKOUTS);
        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, late, lateOne, UUID.randomUUID().toString()); // once more

        JsonNode expected = progressOf(inOrder);
        JsonNode actual = progressOf(late);
        assertThat(expected.path("exercises")).isNotEmpty();
        assertThat(actual.path("exercises")).isEqualTo(expected.path("exercises"));
        assertThat(actual.path("adherence")).isEqualTo(expected.path("adherence"));
        assertThat(actual.path("flags")).isEqualTo(expected.path("flags"));
        assertThat(checkpoints(late)).as("rewritten past the late workout").containsExactly(3, 6, 9);
        assertThat(checkpoints(late)).isEqualTo(checkpoints(inOrder));
        var ends = kafka.endOffsets(Topics.WORKOUTS_COMPLETED);
        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.hasCommittedUpTo(WORKOUTS_GROUP, ends));
        assertThat(allOf(kafka, Topics.TRACKING_PROGRESSIONS, late)).as("the repeat published nothing").hasSize(WORKOUTS);
    }

    /** Squats at 10, 10, 11, 11, ... reps at RPE 6 two days apart, so the doses progress along the way. */
    private ObjectNode send(String runnerId, int index, Instant start) {
        ObjectNode workout = workout(runnerId, runnerId + "-w" + index, start.plus(2L * index, ChronoUnit.DAYS),
                performed("bodyweight-squat", 2, 10 + index / 2, 6), held("plank", 2, 30, 7));
        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, workout, UUID.randomUUID().toString());
        return workout;
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> checkpoints(String runnerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Number>) Panache.getEntityManager()
                .createNativeQuery("select position from progression_checkpoint where runner_id = ?1 order by position")
                .setParameter(1, runnerId)
                .getResultList()).stream().map(Number::intValue).toList());
    }

    private static JsonNode progressOf(String runnerId) throws IOException {
        return JSON.readTree(asBackend().when().get("/runners/{runnerId}/progress", runnerId)
                .then().statusCode(200).extract().asString());
    }
}
