package dev.runstrength.tracking.observability;

import static dev.runstrength.infra.security.Callers.asBackend;
import static dev.runstrength.infra.security.Callers.atManagement;
import static dev.runstrength.tracking.messaging.TrackingEvents.data;
import static dev.runstrength.tracking.messaging.TrackingEvents.header;
import static dev.runstrength.tracking.messaging.TrackingEvents.held;
import static dev.runstrength.tracking.messaging.TrackingEvents.performed;
import static dev.runstrength.tracking.messaging.TrackingEvents.progressions;
import static dev.runstrength.tracking.messaging.TrackingEvents.unique;
import static dev.runstrength.tracking.messaging.TrackingEvents.workout;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.infra.observability.PrometheusText;
import dev.runstrength.tracking.TrackingTestResources;
import dev.runstrength.replica.SeededCatalogueTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * After a small run (one workout in, one progression update out): the metrics an operator watches, with
 * plausible values, and the contract documents the service serves.
 */
@QuarkusTest
@TrackingTestResources
class ObservabilityEndpointsTest extends SeededCatalogueTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void after_a_workout_the_metrics_show_its_progression_and_the_outbox_and_clients_are_measured() {
        String runnerId = unique("metrics");
        Instant done = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        asBackend().contentType("application/json")
                .body(workout(runnerId, runnerId + "-w1", done, performed("glute-bridge", 2, 10, 6), held("plank", 2, 30, 6)).toString())
                .post("/runners/{runnerId}/workouts", runnerId).then().statusCode(202);
        ConsumerRecord<String, byte[]> update = progressions(kafka, runnerId, 1).get(0);
        assertThat(header(update, "ce_dataschema")).isEqualTo("https://runstrength.dev/schemas/progression-updated.v1.json");
        JsonNode changes = data(update).path("changes");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            PrometheusText metrics = scrape();
            assertThat(metrics.named("runstrength_progression_updates_total")).singleElement()
                    .satisfies(sample -> assertThat(sample.value()).isGreaterThanOrEqualTo(1));
            double decided = 0;
            for (String decision : new String[] {"PROGRESS", "HOLD", "REGRESS", "DELOAD"}) {
                decided += metrics.one("runstrength_progressions_total", "decision", decision)
                        .orElseThrow(() -> new AssertionError("no series for decision " + decision)).value();
            }
            assertThat(decided).isGreaterThanOrEqualTo(changes.size());
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
        for (String topic : new String[] {"workouts.completed", "planner.plans", "catalog.exercises"}) {
            for (String cause : new String[] {"unparseable", "contract", "missing-key", "refused", "unstorable"}) {
                assertThat(metrics.named("runstrength_dead_letters_total").stream()
                        .filter(sample -> sample.hasLabel("topic", topic) && sample.hasLabel("cause", cause)))
                        .as(topic + " " + cause).singleElement()
                        .satisfies(sample -> assertThat(sample.value()).isGreaterThanOrEqualTo(0));
            }
        }
        assertThat(metrics.named("kafka_consumer_fetch_manager_records_consumed_total"))
                .anySatisfy(sample -> assertThat(sample.value()).isGreaterThanOrEqualTo(1));
        assertThat(metrics.startingWith("kafka_consumer_").stream().map(PrometheusText.Sample::labels)
                .filter(labels -> labels.contains("workouts-completed"))).isNotEmpty();
        assertThat(metrics.startingWith("kafka_producer_")).isNotEmpty();
    }

    @Test
    void the_schemas_of_its_events_and_its_asyncapi_document_are_served_without_a_token() {
        given().get("/schemas/workout-completed.v1.json").then().statusCode(200)
                .contentType("application/schema+json");
        given().get("/schemas/runner-profile-updated.v1.json").then().statusCode(404);
        String asyncApi = given().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        assertThat(asyncApi).contains("address: \"workouts.completed\"", "./schemas/workout-completed.v1.json")
                .doesNotContain(".schema.json");
        // of runner.profiles, tracking reads only the erasures: the profile message and its schema are not its own
        assertThat(asyncApi).contains("address: \"runner.profiles\"", "./schemas/runner-erased.v1.json",
                        "tracking-service consumes the erasures on runner.profiles")
                .doesNotContain("runnerProfileUpdated", "runner-profile-updated");
    }

    private PrometheusText scrape() {
        return PrometheusText.parse(atManagement(management).get("/q/metrics").then().statusCode(200).extract().asString());
    }
}
