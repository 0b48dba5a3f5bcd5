package dev.runstrength.planner.observability;

import static dev.runstrength.infra.security.Callers.asBackend;
import static dev.runstrength.infra.security.Callers.atManagement;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.runstrength.infra.observability.PrometheusText;
import dev.runstrength.planner.PlannerTestResources;
import dev.runstrength.planner.messaging.PlanEvents;
import dev.runstrength.planner.messaging.ProfileRecords;
import dev.runstrength.replica.SeededCatalogueTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * After a small run (one profile in, one plan out): the metrics an operator watches, with plausible values,
 * and the contract documents the service serves.
 */
@QuarkusTest
@PlannerTestResources
class ObservabilityEndpointsTest extends SeededCatalogueTest {

    private static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void after_a_plan_the_metrics_show_it_and_the_outbox_and_clients_are_measured() {
        String runnerId = ProfileRecords.newRunnerId("metrics");
        asBackend().contentType("application/json").body(ProfileRecords.profile(runnerId, AT).toString())
                .put("/runners/{runnerId}/profile", runnerId).then().statusCode(202);
        ConsumerRecord<String, byte[]> plan = PlanEvents.awaitFor(kafka, runnerId, 1).get(0);
        assertThat(PlanEvents.header(plan, "ce_dataschema")).isEqualTo("https://runstrength.dev/schemas/plan-generated.v1.json");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            PrometheusText metrics = scrape();
            assertThat(metrics.one("runstrength_plans_generated_total", "trigger", "profile"))
                    .hasValueSatisfying(sample -> assertThat(sample.value()).isGreaterThanOrEqualTo(1));
            assertThat(metrics.one("runstrength_plans_generated_total", "trigger", "progression"))
                    .hasValueSatisfying(sample -> assertThat(sample.value()).isGreaterThanOrEqualTo(0));
            assertThat(metrics.named("runstrength_outbox_relayed_total"))
                    .singleElement().satisfies(sample -> assertThat(sample.value()).isGreaterThanOrEqualTo(2));
        });
        PrometheusText metrics = scrape();
        assertThat(metrics.named("runstrength_outbox_backlog")).singleElement()
                .satisfies(sample -> assertThat(sample.value()).isBetween(0.0, 10_000.0));
        assertThat(metrics.named("runstrength_outbox_oldest_age_seconds")).singleElement()
                .satisfies(sample -> assertThat(sample.value()).isBetween(0.0, 3_600.0));
        assertThat(metrics.named("agroal_max_used_count")).singleElement()
                .satisfies(sample -> assertThat(sample.value()).isBetween(1.0, 16.0));
        for (String pool : new String[] {"agroal_active_count", "agroal_available_count", "agroal_awaiting_count"}) {
            assertThat(metrics.named(pool)).as(pool).singleElement()
                    .satisfies(sample -> assertThat(sample.value()).isBetween(0.0, 16.0));
        }
        assertThat(metrics.named("http_server_requests_seconds_count")).isNotEmpty();
        // dead letters by source topic and cause, counted from zero for every consumed topic
        for (String cause : new String[] {"unparseable", "contract", "missing-key", "refused", "unstorable"}) {
            assertThat(metrics.named("runstrength_dead_letters_total").stream()
                    .filter(sample -> sample.hasLabel("topic", "runner.profiles") && sample.hasLabel("cause", cause)))
                    .as(cause).singleElement().satisfies(sample -> assertThat(sample.value()).isGreaterThanOrEqualTo(0));
        }
        // one consumer per channel, each with its client id; records were fetched
        assertThat(metrics.named("kafka_consumer_fetch_manager_records_consumed_total"))
                .anySatisfy(sample -> assertThat(sample.value()).isGreaterThanOrEqualTo(1));
        assertThat(metrics.startingWith("kafka_consumer_").stream().map(s -> s.labels()).filter(l -> l.contains("runner-profiles")))
                .isNotEmpty();
        assertThat(metrics.startingWith("kafka_producer_")).isNotEmpty();
    }

    @Test
    void the_schemas_of_its_events_and_its_asyncapi_document_are_served_without_a_token() throws Exception {
        String schema = given().get("/schemas/runner-profile-updated.v1.json").then().statusCode(200)
                .contentType("application/schema+json").extract().asString();
        JsonNode parsed = new ObjectMapper().readTree(schema);
        assertThat(parsed.path("$id").asText()).isEqualTo("https://runstrength.dev/schemas/runner-profile-updated.v1.json");
        for (String served : new String[] {"plan-generated", "progression-updated", "exercise-upserted", "exercise-retired"}) {
            given().get("/schemas/" + served + ".v1.json").then().statusCode(200);
        }
        given().get("/schemas/workout-completed.v1.json").then().statusCode(404).contentType("application/problem+json");

        String asyncApi = given().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        assertThat(asyncApi).contains("address: \"runner.profiles\"", "./schemas/plan-generated.v1.json")
                .doesNotContain("workouts.completed", ".schema.json");
    }

    private PrometheusText scrape() {
        return PrometheusText.parse(atManagement(management).get("/q/metrics").then().statusCode(200).extract().asString());
    }
}
