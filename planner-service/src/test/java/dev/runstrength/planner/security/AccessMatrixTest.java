package dev.runstrength.planner.security;

import static dev.runstrength.infra.security.AccessMatrix.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.quarkus.KafkaResource;
import dev.runstrength.infra.security.AccessMatrix;
import dev.runstrength.planner.PlannerTestResources;
import dev.runstrength.planner.messaging.CatalogFeed;
import dev.runstrength.planner.messaging.PlanEvents;
import dev.runstrength.planner.messaging.ProfileRecords;
import dev.runstrength.replica.CatalogReplica;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may call what on planner-service, every endpoint by every caller (contract v1.1): a runner's plan
 * for a backend or that runner; a plan by id for a backend or the runner it is for; the preview and
 * profiles sent over HTTP for a backend only. Callers in order: no token, bad signature, expired,
 * backend, catalogue editor, own runner, other runner.
 */
@QuarkusTest
@PlannerTestResources
class AccessMatrixTest {

    @Inject
    CatalogReplica replica;

    @Test
    void everyEndpointByEveryCaller() {
        String runnerId = ProfileRecords.newRunnerId("matrix");
        String planId;
        try (KafkaProbe kafka = new KafkaProbe(KafkaResource.bootstrapServers())) {
            CatalogFeed.ensureSeeded(kafka, replica);
            ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                    ProfileRecords.profile(runnerId, Instant.now()).toString());
            planId = PlanEvents.data(PlanEvents.awaitFor(kafka, runnerId, 1).get(0)).path("planId").asText();
        }
        String profile = ProfileRecords.profile(runnerId, Instant.now()).toString();

        AccessMatrix matrix = new AccessMatrix();
        List<String> wrong = matrix.run(List.of(
                row("GET", "/runners/" + runnerId + "/plan", runnerId, 401, 401, 401, 200, 403, 200, 403),
                row("GET", "/plans/" + planId, runnerId, 401, 401, 401, 200, 403, 200, 403),
                row("POST", "/plans/preview", runnerId, () -> profile, 401, 401, 401, 200, 403, 403, 403),
                row("PUT", "/runners/" + runnerId + "/profile", runnerId, () -> profile, 401, 401, 401, 202, 403, 403, 403)));

        assertThat(wrong).isEmpty();
        assertThat(matrix.calls()).isEqualTo(4 * 7);
    }
}
