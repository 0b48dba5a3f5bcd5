package dev.runstrength.tracking.messaging;

import static dev.runstrength.tracking.messaging.TrackingEvents.JSON;
import static dev.runstrength.tracking.messaging.TrackingEvents.held;
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
import dev.runstrength.replica.SeededCatalogueTest;
import dev.runstrength.tracking.TrackingTestResources;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A late workout lands in its place by completedAt: any delivery order ends in the same progress. */
@QuarkusTest
@TrackingTestResources
class OutOfOrderDeliveryTest extends SeededCatalogueTest {

    @Test
    void threeWorkoutsInAnyOrderGiveTheSameProgress() throws IOException {
        String inOrder = unique("in-order");
        String shuffled = unique("shuffled");
        Instant start = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<Instant> days = List.of(start, start.plus(2, ChronoUnit.DAYS), start.plus(4, ChronoUnit.DAYS));

        for (int i : new int[] {0, 1, 2}) {
            send(inOrder, "w" + i, days.get(i), i);
        }
        for (int i : new int[] {2, 0, 1}) {
            send(shuffled, "w" + i, days.get(i), i);
        }
        assertThat(progressions(kafka, inOrder, 3)).hasSize(3);
        assertThat(progressions(kafka, shuffled, 3)).hasSize(3);

        JsonNode expected = progressOf(inOrder);
        JsonNode actual = progressOf(shuffled);
        assertThat(expected.path("exercises")).isNotEmpty();
        assertThat(actual.path("runnerId").asText()).isEqualTo(shuffled);
        assertThat(actual.path("exercises")).isEqualTo(expected.path("exercises"));
        assertThat(actual.path("adherence")).isEqualTo(expected.path("adherence"));
        assertThat(actual.path("flags")).isEqualTo(expected.path("flags"));
        JsonNode squat = null;
        for (JsonNode exercise : expected.path("exercises")) {
            if ("bodyweight-squat".equals(exercise.path("exerciseId").asText())) {
                squat = exercise;
            }
        }
        assertThat(squat).as("bodyweight-squat in " + expected).isNotNull();
        assertThat(squat.path("current").path("reps").asInt()).as("progressed after the second workout").isEqualTo(11);
    }

    /** Squats 2 x 10 twice at RPE 6 (in order, the second one progresses), then 2 x 11; a plank hold each time. */
    private void send(String runnerId, String name, Instant at, int index) {
        int reps = index < 2 ? 10 : 11;
        ObjectNode workout = workout(runnerId, runnerId + "-" + name, at, performed("bodyweight-squat", 2, reps, 6),
                held("plank", 2, 30, 7));
        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, workout, UUID.randomUUID().toString());
    }

    private static JsonNode progressOf(String runnerId) throws IOException {
        return JSON.readTree(asBackend().when().get("/runners/{runnerId}/progress", runnerId)
                .then().statusCode(200).extract().asString());
    }
}
