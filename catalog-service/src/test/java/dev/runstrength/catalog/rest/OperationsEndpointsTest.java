package dev.runstrength.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import dev.runstrength.catalog.CatalogTestResources;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * What an operator and a client generator rely on: health, OpenAPI, Swagger UI and metrics, all on the
 * management port and none of them on the API port.
 */
@QuarkusTest
@CatalogTestResources
class OperationsEndpointsTest {

    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    private String management() {
        return managementUrl.getProtocol() + "://" + managementUrl.getHost() + ":" + managementUrl.getPort();
    }

    @Test
    void livenessAndReadinessCoverTheDatabaseAndKafka() {
        given().baseUri(management()).when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(management()).when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(containsString("Database"), containsString("Kafka")));
    }

    @Test
    void theOpenApiDocumentDescribesEveryOperationAndItsErrors() {
        given().baseUri(management()).queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/exercises'.get.parameters.name",
                        hasItems("phase", "purpose", "muscle", "bodyArea", "equipment", "level", "unilateral", "q", "status", "page", "size"))
                .body("paths.'/exercises'.get.responses.'400'.content.'application/problem+json'", notNullValue())
                .body("paths.'/exercises/{id}'.get.responses.'304'", notNullValue())
                .body("paths.'/exercises'.post.responses.'201'", notNullValue())
                .body("paths.'/exercises/{id}'.delete.responses.'204'", notNullValue());
        given().baseUri(management()).when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void metricsArePrometheusText() {
        given().when().get("/exercises/single-leg-calf-raise").then().statusCode(200);
        given().baseUri(management()).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("runstrength_outbox_relayed_total"));
    }

    @Test
    void theApiPortServesNoneOfThem() {
        for (String path : new String[] {"/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/"}) {
            given().when().get(path).then().statusCode(404);
        }
    }
}
