package dev.runstrength.planner.messaging;

import static dev.runstrength.infra.security.Callers.asBackend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.planner.PlannerTestResources;
import dev.runstrength.replica.SeedCatalogueFeed;
import dev.runstrength.replica.SeededCatalogueTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The planner plans from its own replica of catalog.exercises; a retired exercise is never planned again. */
@QuarkusTest
@PlannerTestResources
class CatalogueRetirementTest extends SeededCatalogueTest {

    @Test
    void aRetiredExerciseIsNeverPlannedAgain() {
        String runnerId = ProfileRecords.newRunnerId("retire");
        Instant updatedAt = Instant.parse("2026-11-22T08:00:00Z");
        ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, updatedAt).toString());
        JsonNode before = PlanEvents.data(PlanEvents.awaitFor(kafka, runnerId, 1).get(0));
        String planned = before.path("weeks").get(0).path("sessions").get(0).path("blocks").get(1)
                .path("exercises").get(0).path("exerciseId").asText();
        assertThat(planned).isNotBlank();

        SeedCatalogueFeed.retire(kafka, planned, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                replica.active().stream().noneMatch(exercise -> exercise.id().equals(planned))));

        ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, updatedAt.plusSeconds(60)).toString());
        List<ConsumerRecord<String, byte[]>> events = PlanEvents.awaitFor(kafka, runnerId, 2);
        assertThat(events).hasSize(2);
        assertThat(ids(PlanEvents.data(events.get(1)))).isNotEmpty().doesNotContain(planned);

        String preview = asBackend().contentType("application/json")
                .body(ProfileRecords.profile(runnerId, updatedAt.plusSeconds(120)).toString())
                .when().post("/plans/preview").then().statusCode(200).extract().asString();
        assertThat(ids(PlanEvents.read(preview))).isNotEmpty().doesNotContain(planned);
    }

    private static List<String> ids(JsonNode plan) {
        return plan.findValues("exerciseId").stream().map(JsonNode::asText).toList();
    }
}
