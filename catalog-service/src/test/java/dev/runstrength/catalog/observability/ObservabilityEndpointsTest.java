package dev.runstrength.catalog.observability;

import static dev.runstrength.catalog.rest.ExerciseFixtures.exercise;
import static dev.runstrength.catalog.rest.ExerciseFixtures.uniqueId;
import static dev.runstrength.infra.security.Callers.asEditor;
import static dev.runstrength.infra.security.Callers.atManagement;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.runstrength.catalog.CatalogTestResources;
import dev.runstrength.infra.observability.PrometheusText;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * After a small run (an exercise added and published): the metrics an operator watches, with plausible
 * values, and the contract documents catalog-service serves.
 */
@QuarkusTest
@CatalogTestResources
class ObservabilityEndpointsTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void after_a_change_the_outbox_and_the_pool_are_measured() {
        asEditor().contentType("application/json").body(exercise(uniqueId("metrics")).toString())
                .post("/exercises").then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scrape().named("runstrength_outbox_relayed_total"))
                .singleElement().satisfies(sample -> assertThat(sample.value()).isGreaterThanOrEqualTo(1)));
        PrometheusText metrics = scrape();
        assertThat(metrics.named("runstrength_outbox_backlog")).singleElement()
                .satisfies(sample -> assertThat(sample.value()).isBetween(0.0, 10_000.0));
        assertThat(metrics.named("runstrength_outbox_oldest_age_seconds")).singleElement()
                .satisfies(sample -> assertThat(sample.value()).isBetween(0.0, 3_600.0));
        assertThat(metrics.named("runstrength_outbox_relay_failures_total")).singleElement()
                .satisfies(sample -> assertThat(sample.value()).isZero());
        assertThat(metrics.named("agroal_max_used_count")).singleElement()
                .satisfies(sample -> assertThat(sample.value()).isBetween(1.0, 16.0));
        for (String pool : new String[] {"agroal_active_count", "agroal_available_count", "agroal_awaiting_count"}) {
            assertThat(metrics.named(pool)).as(pool).singleElement()
                    .satisfies(sample -> assertThat(sample.value()).isBetween(0.0, 16.0));
        }
        assertThat(metrics.named("http_server_requests_seconds_count"))
                .anySatisfy(sample -> assertThat(sample.labels()).contains("uri=\"/exercises\""));
    }

    @Test
    void the_exercise_schemas_and_the_asyncapi_document_are_served_without_a_token() {
        given().get("/schemas/exercise-upserted.v1.json").then().statusCode(200)
                .contentType("application/schema+json");
        given().get("/schemas/exercise-retired.v1.json").then().statusCode(200);
        given().get("/schemas/plan-generated.v1.json").then().statusCode(404);
        String asyncApi = given().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        assertThat(asyncApi).contains("address: \"catalog.exercises\"", "address: \"catalog.exercises.dlq\"",
                "./schemas/exercise-retired.v1.json").doesNotContain("planner.plans", "runner.profiles");
    }

    private PrometheusText scrape() {
        return PrometheusText.parse(atManagement(management).get("/q/metrics").then().statusCode(200).extract().asString());
    }
}
