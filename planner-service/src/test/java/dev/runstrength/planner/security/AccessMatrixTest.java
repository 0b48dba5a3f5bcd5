package dev.runstrength.planner.security;

import static dev.runstrength.infra.security.AccessMatrix.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.infra.security.AccessMatrix;
import dev.runstrength.infra.security.Callers;
import dev.runstrength.planner.PlannerTestResources;
import dev.runstrength.planner.messaging.PlanEvents;
import dev.runstrength.planner.messaging.ProfileRecords;
import dev.runstrength.replica.SeededCatalogueTest;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may call what on planner-service, every endpoint by every caller (contract v1.1): a runner's plan
 * for a backend or that runner; a plan by id for a backend or the runner it is for; the preview and
 * profiles sent over HTTP for a backend only; the exports (calendar, feed URL, FIT, printable page) for
 * a backend or that runner, and the secret feed URL for anyone without a token (a token sent must be
 * valid); erasing a runner for a backend only. Callers in order: no token, bad signature, expired, backend, catalogue editor, own runner,
 * other runner.
 */
@QuarkusTest
@PlannerTestResources
class AccessMatrixTest extends SeededCatalogueTest {

    @Test
    void everyEndpointByEveryCaller() {
        String runnerId = ProfileRecords.newRunnerId("matrix");
        ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, Instant.now()).toString());
        JsonNode plan = PlanEvents.data(PlanEvents.awaitFor(kafka, runnerId, 1).get(0));
        String planId = plan.path("planId").asText();
        String sessionId = plan.path("weeks").get(0).path("sessions").get(0).path("sessionId").asText();
        String profile = ProfileRecords.profile(runnerId, Instant.now()).toString();
        String runner = "/runners/" + runnerId;
        String erased = ProfileRecords.newRunnerId("matrix-erase");
        // the secret URL's path; the rows that open and close feeds come after it, as they revoke it
        String feed = URI.create(Callers.asBackend().post(runner + "/calendar-feed").then().statusCode(201)
                .extract().<String>path("url")).getPath();

        AccessMatrix matrix = new AccessMatrix();
        List<String> wrong = matrix.run(List.of(
                row("GET", "/runners/" + runnerId + "/plan", runnerId, 401, 401, 401, 200, 403, 200, 403),
                row("GET", "/plans/" + planId, runnerId, 401, 401, 401, 200, 403, 200, 403),
                row("POST", "/plans/preview", runnerId, () -> profile, 401, 401, 401, 200, 403, 403, 403),
                row("GET", runner + "/plan.ics", runnerId, 401, 401, 401, 200, 403, 200, 403),
                row("GET", runner + "/plan.html", runnerId, 401, 401, 401, 200, 403, 200, 403),
                row("GET", runner + "/plan/sessions/" + sessionId + ".fit", runnerId, 401, 401, 401, 200, 403, 200, 403),
                row("GET", feed, runnerId, 200, 401, 401, 200, 200, 200, 200),
                row("POST", runner + "/calendar-feed", runnerId, 401, 401, 401, 201, 403, 201, 403),
                row("DELETE", runner + "/calendar-feed", runnerId, 401, 401, 401, 204, 403, 204, 403),
                // last: the backend's profile makes a new plan, with new session ids
                row("PUT", runner + "/profile", runnerId, () -> profile, 401, 401, 401, 202, 403, 403, 403),
                // erasure is a backend's act, even for the runner's own id (another runner, so the rows above stand)
                row("DELETE", "/runners/" + erased, erased, 401, 401, 401, 202, 403, 403, 403)));

        assertThat(wrong).isEmpty();
        assertThat(matrix.calls()).isEqualTo(11 * 7);
    }
}
