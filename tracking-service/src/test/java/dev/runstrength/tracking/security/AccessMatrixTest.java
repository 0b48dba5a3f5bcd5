package dev.runstrength.tracking.security;

import static dev.runstrength.infra.security.AccessMatrix.row;
import static dev.runstrength.tracking.messaging.TrackingEvents.performed;
import static dev.runstrength.tracking.messaging.TrackingEvents.produceBinary;
import static dev.runstrength.tracking.messaging.TrackingEvents.progressions;
import static dev.runstrength.tracking.messaging.TrackingEvents.unique;
import static dev.runstrength.tracking.messaging.TrackingEvents.workout;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.infra.security.AccessMatrix;
import dev.runstrength.replica.SeededCatalogueTest;
import dev.runstrength.tracking.TrackingTestResources;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may call what on tracking-service, every endpoint by every caller (contract v1.1): a runner's
 * progress and workouts for a backend or that runner only; sending a workout for a backend only. Callers in order: no token, bad signature,
 * expired, backend, catalogue editor, own runner, other runner.
 */
@QuarkusTest
@TrackingTestResources
class AccessMatrixTest extends SeededCatalogueTest {

    @Test
    void everyEndpointByEveryCaller() {
        String runnerId = unique("matrix");
        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId,
                workout(runnerId, runnerId + "-w1", Instant.now().minus(1, ChronoUnit.DAYS), performed("glute-bridge", 2, 10, 6)),
                UUID.randomUUID().toString());
        assertThat(progressions(kafka, runnerId, 1)).hasSize(1);

        AccessMatrix matrix = new AccessMatrix();
        List<String> wrong = matrix.run(List.of(
                row("GET", "/runners/" + runnerId + "/progress", runnerId, 401, 401, 401, 200, 403, 200, 403),
                row("GET", "/runners/" + runnerId + "/workouts?size=5", runnerId, 401, 401, 401, 200, 403, 200, 403),
                row("GET", "/runners/" + runnerId + "/workouts/" + runnerId + "-w1", runnerId, 401, 401, 401, 200, 403, 200, 403),
                row("POST", "/runners/" + runnerId + "/workouts", runnerId, () -> workout(runnerId, UUID.randomUUID().toString(),
                        Instant.now().minus(1, ChronoUnit.HOURS), performed("glute-bridge", 2, 10, 6)).toString(),
                        401, 401, 401, 202, 403, 403, 403)));

        assertThat(wrong).isEmpty();
        assertThat(matrix.calls()).isEqualTo(4 * 7);
    }
}
