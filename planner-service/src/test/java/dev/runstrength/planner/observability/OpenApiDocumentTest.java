package dev.runstrength.planner.observability;

import static dev.runstrength.infra.security.Callers.atManagement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.runstrength.infra.observability.OpenApiCheck;
import dev.runstrength.planner.PlannerTestResources;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * planner-service's /q/openapi as a client generator reads it: no parser message, an operationId and a
 * described response everywhere, and the profile bodies described by the contract's JSON Schema.
 */
@QuarkusTest
@PlannerTestResources
class OpenApiDocumentTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private String document;

    @BeforeEach
    void fetch() {
        document = atManagement(management).queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().asString();
    }

    @Test
    void a_real_openapi_parser_finds_nothing_to_complain_about() {
        assertThat(OpenApiCheck.problems(document)).isEmpty();
    }

    @Test
    void the_profile_bodies_are_the_contracts_json_schema_with_its_limits() {
        OpenAPI api = OpenApiCheck.parse(document).getOpenAPI();
        Schema<?> profile = api.getComponents().getSchemas().get("RunnerProfile");
        assertThat(profile.getRequired()).contains("runnerId", "updatedAt", "level");
        // the contract's example, so a generated client and the Swagger UI show a body the services accept
        assertThat(profile.getExamples()).isNotEmpty().allSatisfy(example ->
                assertThat(new ObjectMapper().valueToTree(example).path("runnerId").asText())
                        .isEqualTo("r-1042"));
        assertThat(((Schema<?>) profile.getProperties().get("sessionsPerWeek")).getMaximum())
                .isEqualByComparingTo(new BigDecimal(4));
        assertThat(((Schema<?>) profile.getProperties().get("minutesPerSession")).getMinimum())
                .isEqualByComparingTo(new BigDecimal(10));
        assertThat(api.getPaths().get("/runners/{runnerId}/profile").getPut().getRequestBody().getContent()
                .get("application/json").getSchema().get$ref()).isEqualTo("#/components/schemas/RunnerProfile");
        assertThat(api.getPaths().get("/plans/preview").getPost().getRequestBody().getContent()
                .get("application/json").getSchema().get$ref()).isEqualTo("#/components/schemas/RunnerProfile");
        assertThat(api.getComponents().getSchemas().get("TrainingPlan").getRequired())
                .contains("planId", "runnerId", "generatedAt", "basedOn", "trainingPhase", "weeks", "rationale");
    }
}
