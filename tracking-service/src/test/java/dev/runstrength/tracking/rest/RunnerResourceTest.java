package dev.runstrength.tracking.rest;

import static dev.runstrength.tracking.messaging.TrackingEvents.performed;
import static dev.runstrength.tracking.messaging.TrackingEvents.produceBinary;
import static dev.runstrength.tracking.messaging.TrackingEvents.progressions;
import static dev.runstrength.tracking.messaging.TrackingEvents.unique;
import static dev.runstrength.tracking.messaging.TrackingEvents.workout;
import static dev.runstrength.infra.security.Callers.asBackend;
import static dev.runstrength.infra.security.Callers.asRunner;
import static dev.runstrength.infra.security.Callers.atManagement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.awaitility.Awaitility.await;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.replica.SeededCatalogueTest;
import dev.runstrength.tracking.TrackingTestResources;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP side: workouts newest first in pages, problems for unknown runners and bad parameters. */
@QuarkusTest
@TrackingTestResources
class RunnerResourceTest extends SeededCatalogueTest {

    private static final Instant FIRST = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final String RUNNER = unique("paged");
    private static boolean sent;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @BeforeEach
    void fiveWorkouts() {
        if (sent) {
            return;
        }
        // sent oldest last, so the order of the answer cannot come from the order of arrival
        for (int day = 4; day >= 0; day--) {
            produceBinary(kafka, EventKind.WORKOUT_COMPLETED, RUNNER,
                    workout(RUNNER, RUNNER + "-day" + day, FIRST.plus(day, ChronoUnit.DAYS), performed("glute-bridge", 2, 10, 6)),
                    UUID.randomUUID().toString());
        }
        assertThat(progressions(kafka, RUNNER, 5)).hasSize(5);
        sent = true;
    }

    @Test
    void workoutsComeNewestFirstInPages() {
        List<String> firstPage = asBackend().queryParam("size", 2).when().get("/runners/{runnerId}/workouts", RUNNER)
                .then().statusCode(200)
                .body("page", is(0)).body("size", is(2)).body("total", is(5))
                .extract().jsonPath().getList("items.workoutId", String.class);
        assertThat(firstPage).containsExactly(RUNNER + "-day4", RUNNER + "-day3");

        List<String> lastPage = asBackend().queryParam("page", 2).queryParam("size", 2)
                .when().get("/runners/{runnerId}/workouts", RUNNER)
                .then().statusCode(200).body("page", is(2)).body("total", is(5))
                .extract().jsonPath().getList("items.workoutId", String.class);
        assertThat(lastPage).containsExactly(RUNNER + "-day0");

        List<String> all = asBackend().when().get("/runners/{runnerId}/workouts", RUNNER)
                .then().statusCode(200).body("size", is(50))
                .extract().jsonPath().getList("items.completedAt", String.class);
        assertThat(all).hasSize(5);
        assertThat(all.stream().map(Instant::parse).toList()).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    /**
     * The contract's one null policy over HTTP, as in the events: optional set fields the app left out come
     * back as {@code null} (the schema allows null there), an unplanned workout's {@code planId} stays out.
     */
    @Test
    void aRecordedWorkoutWritesItsAbsentOptionalFieldsAsTheContractShowsThem() {
        String body = asBackend().when().get("/runners/{runnerId}/workouts/{workoutId}", RUNNER, RUNNER + "-day0")
                .then().statusCode(200).contentType("application/json").extract().asString();
        assertThat(body).contains("\"painLevel\":null").contains("\"loadKg\":null").doesNotContain("\"planId\"");
    }

    @Test
    void anUnknownRunnerIsANotFoundProblem() {
        String stranger = unique("stranger");
        for (String path : List.of("/runners/{runnerId}/progress", "/runners/{runnerId}/workouts")) {
            asBackend().when().get(path, stranger).then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", is(404))
                    .body("title", org.hamcrest.Matchers.notNullValue())
                    .body("detail", containsString("runnerId"))
                    .body("detail", containsString(stranger));
        }
    }

    @Test
    void aBadPageSizeOrRunnerIdIsABadRequestNamingIt() {
        asBackend().queryParam("size", 201).when().get("/runners/{runnerId}/workouts", RUNNER).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("size"));
        asBackend().queryParam("page", "first").when().get("/runners/{runnerId}/workouts", RUNNER).then()
                .statusCode(400).body("detail", containsString("page"));
        asBackend().when().get("/runners/{runnerId}/progress", "not a valid id!").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("runnerId"));
    }

    @Test
    void theOpenApiDocumentDescribesBothEndpoints() {
        atManagement(management).queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("paths.'/runners/{runnerId}/progress'.get.responses.'404'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/runners/{runnerId}/workouts'.get.parameters.name", org.hamcrest.Matchers.hasItems("page", "size"))
                .body("components.schemas.RunnerProgress", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void progressListsTheExercisesDoneWithTheirCurrentDose() {
        asRunner(RUNNER).when().get("/runners/{runnerId}/progress", RUNNER).then()
                .statusCode(200)
                .body("runnerId", is(RUNNER))
                .body("exercises.exerciseId", org.hamcrest.Matchers.hasItem("glute-bridge"))
                .body("exercises[0].current.exerciseId", org.hamcrest.Matchers.notNullValue())
                .body("adherence.plannedSessions", is(0))
                .body("flags", org.hamcrest.Matchers.notNullValue());
    }
}
