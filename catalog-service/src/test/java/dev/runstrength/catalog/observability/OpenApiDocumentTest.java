package dev.runstrength.catalog.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.runstrength.catalog.CatalogTestResources;
import dev.runstrength.infra.observability.OpenApiCheck;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * catalog-service's /q/openapi as a client generator reads it: no parser message, an operationId and a
 * described response everywhere, typed query parameters, and the exercise body described by the
 * contract's JSON Schema with its limits.
 */
@QuarkusTest
@CatalogTestResources
class OpenApiDocumentTest {

    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    private String document;

    @BeforeEach
    void fetch() {
        document = given().baseUri(managementUrl.getProtocol() + "://" + managementUrl.getHost() + ":" + managementUrl.getPort()).queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().asString();
    }

    @Test
    void a_real_openapi_parser_finds_nothing_to_complain_about() {
        assertThat(OpenApiCheck.problems(document)).isEmpty();
    }

    @Test
    void paging_level_and_unilateral_are_typed() {
        OpenAPI api = OpenApiCheck.parse(document).getOpenAPI();
        List<Parameter> parameters = api.getPaths().get("/exercises").getGet().getParameters();
        assertThat(type(parameters, "page")).isEqualTo("integer");
        assertThat(type(parameters, "size")).isEqualTo("integer");
        assertThat(type(parameters, "unilateral")).isEqualTo("boolean");
        Schema<?> level = resolved(api, schema(parameters, "level"));
        assertThat(level.getEnum()).map(String::valueOf).containsExactly("BEGINNER", "INTERMEDIATE", "ADVANCED");
        assertThat(schema(parameters, "size").getMaximum()).isEqualByComparingTo(new BigDecimal(200));
    }

    @Test
    void the_exercise_body_is_the_contracts_json_schema_and_every_write_answers_a_schema() {
        OpenAPI api = OpenApiCheck.parse(document).getOpenAPI();
        Schema<?> exercise = api.getComponents().getSchemas().get("Exercise");
        assertThat(exercise.getRequired()).contains("id", "name", "version", "phases", "status", "prescription");
        // the contract's example, so a generated client and the Swagger UI show a body the services accept
        assertThat(exercise.getExamples()).isNotEmpty().allSatisfy(example ->
                assertThat(new ObjectMapper().valueToTree(example).path("id").asText())
                        .isEqualTo("glute-bridge"));
        Schema<?> name = (Schema<?>) exercise.getProperties().get("name");
        assertThat(name.getMaxLength()).isNotNull();
        assertThat(api.getPaths().get("/exercises").getPost().getRequestBody().getContent()
                .get("application/json").getSchema().get$ref()).isEqualTo("#/components/schemas/Exercise");
        assertThat(api.getPaths().get("/exercises/{id}").getPut().getResponses().get("200").getContent()
                .get("application/json").getSchema().get$ref()).isEqualTo("#/components/schemas/Exercise");
        assertThat(api.getPaths().get("/exercises").getPost().getResponses().get("201").getContent()
                .get("application/json").getSchema().get$ref()).isEqualTo("#/components/schemas/Exercise");
    }

    private static Schema<?> resolved(OpenAPI api, Schema<?> schema) {
        if (schema.get$ref() == null) {
            return schema;
        }
        return api.getComponents().getSchemas().get(schema.get$ref().substring("#/components/schemas/".length()));
    }

    private static Schema<?> schema(List<Parameter> parameters, String name) {
        return parameters.stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + name)).getSchema();
    }

    private static String type(List<Parameter> parameters, String name) {
        Schema<?> schema = schema(parameters, name);
        return schema.getType() != null ? schema.getType() : schema.getTypes() == null ? null : schema.getTypes().iterator().next();
    }
}
