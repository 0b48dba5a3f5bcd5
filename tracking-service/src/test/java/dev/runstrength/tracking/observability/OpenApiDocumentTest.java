package dev.runstrength.tracking.observability;

import static dev.runstrength.infra.security.Callers.atManagement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.runstrength.infra.observability.OpenApiCheck;
import dev.runstrength.tracking.TrackingTestResources;
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
 * tracking-service's /q/openapi as a client generator reads it: no parser message, an operationId and a
 * described response everywhere, typed paging, and the workout body described by the contract's JSON Schema.
 */
@QuarkusTest
@TrackingTestResources
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
    void paging_is_typed_and_the_workout_body_is_the_contracts_json_schema() {
        OpenAPI api = OpenApiCheck.parse(document).getOpenAPI();
        List<Parameter> parameters = api.getPaths().get("/runners/{runnerId}/workouts").getGet().getParameters();
        Schema<?> size = parameters.stream().filter(p -> p.getName().equals("size")).findFirst().orElseThrow().getSchema();
        assertThat(size.getTypes() != null ? size.getTypes() : java.util.Set.of(size.getType())).containsExactly("integer");
        assertThat(size.getMaximum()).isEqualByComparingTo(new BigDecimal(200));

        Schema<?> workout = api.getComponents().getSchemas().get("CompletedWorkout");
        assertThat(workout.getRequired()).contains("workoutId", "runnerId", "completedAt", "exercises");
        // the contract's example, so a generated client and the Swagger UI show a body the services accept
        assertThat(workout.getExamples()).isNotEmpty().allSatisfy(example ->
                assertThat(new ObjectMapper().valueToTree(example).path("workoutId").asText())
                        .isEqualTo("r-1042-w1"));
        assertThat(((Schema<?>) workout.getProperties().get("durationMinutes")).getMaximum())
                .isEqualByComparingTo(new BigDecimal(300));
        assertThat(api.getPaths().get("/runners/{runnerId}/workouts").getPost().getRequestBody().getContent()
                .get("application/json").getSchema().get$ref()).isEqualTo("#/components/schemas/CompletedWorkout");
    }
}
