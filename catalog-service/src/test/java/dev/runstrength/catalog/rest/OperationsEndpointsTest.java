package dev.runstrength.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.runstrength.catalog.CatalogTestResources;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What an operator and a client generator rely on: health, OpenAPI, Swagger UI and metrics. */
@QuarkusTest
@CatalogTestResources
class OperationsEndpointsTest {

    @Test
    void livenessAndReadinessCoverTheDatabaseAndKafka() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(containsString("Database"), containsString("Kafka")));
    }

    @Test
    void theOpenApiDocumentDescribesEveryOperationAndItsErrors() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/exercises'.get.parameters.name",
                        hasItems("phase", "purpose", "muscle", "bodyArea", "equipment", "level", "unilateral", "q", "status", "page", "size"))
                .body("paths.'/exercises'.get.responses.'400'.content.'application/problem+json'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/exercises/{id}'.get.responses.'304'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/exercises'.post.responses.'201'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/exercises/{id}'.delete.responses.'204'", org.hamcrest.Matchers.notNullValue());
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void metricsArePrometheusText() {
        given().when().get("/exercises/single-leg-calf-raise").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("runstrength_outbox_relayed_total"));
    }
}
