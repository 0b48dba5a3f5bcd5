package dev.runstrength.planner.rest;

import static dev.runstrength.infra.security.Callers.asBackend;
import static dev.runstrength.infra.security.Callers.atManagement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.validation.ContractValidator;
import dev.runstrength.planner.PlannerTestResources;
import dev.runstrength.planner.messaging.PlanEvents;
import dev.runstrength.planner.messaging.ProfileRecords;
import dev.runstrength.planner.persistence.PlanRepository;
import dev.runstrength.platform.outbox.OutboxRelay;
import dev.runstrength.replica.SeededCatalogueTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** GET /runners/{id}/plan, GET /plans/{id} and POST /plans/preview, as the contract describes them. */
@QuarkusTest
@PlannerTestResources
class PlanEndpointsTest extends SeededCatalogueTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    PlanRepository plans;

    @Inject
    OutboxRelay relay;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void aRunnerWithoutPlanIsANotFoundProblem() {
        asBackend().when().get("/runners/{id}/plan", ProfileRecords.newRunnerId("nobody"))
                .then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404)).body("title", equalTo("Not Found"))
                .body("detail", containsString("runnerId"));
    }

    @Test
    void anUnknownPlanIdIsANotFoundProblem() {
        asBackend().when().get("/plans/{id}", "no-such-plan")
                .then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404)).body("detail", containsString("planId"));
    }

    @Test
    void previewAnswersAPlanAndStoresAndPublishesNothing() {
        String runnerId = ProfileRecords.newRunnerId("preview");
        ObjectNode profile = ProfileRecords.profile(runnerId, Instant.parse("2026-11-22T08:00:00Z"));

        JsonNode plan = PlanEvents.read(asBackend().contentType("application/json").body(profile.toString())
                .when().post("/plans/preview")
                .then().statusCode(200).contentType("application/json").extract().asString());

        assertThatCode(() -> new ContractValidator().validate(EventKind.PLAN_GENERATED, plan, runnerId))
                .doesNotThrowAnyException();
        assertThat(plan.path("runnerLevel").asText()).isEqualTo("INTERMEDIATE");
        assertThat(plan.findValues("exerciseId")).isNotEmpty();

        String planId = plan.path("planId").asText();
        asBackend().when().get("/plans/{id}", planId).then().statusCode(404);
        asBackend().when().get("/runners/{id}/plan", runnerId).then().statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> plans.countFor(runnerId))).isZero();
        // anything the preview had put in the outbox would be on the topic once the outbox is empty
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.backlog() == 0);
        assertThat(PlanEvents.allFor(kafka, runnerId)).isEmpty();
    }

    @Test
    void thePreviewNamesTheFieldsItIgnoredInAHeader() {
        ObjectNode profile = ProfileRecords.profile(ProfileRecords.newRunnerId("misspelt"), Instant.parse("2026-11-22T08:00:00Z"));
        String known = asBackend().contentType("application/json").body(profile.toString())
                .when().post("/plans/preview").then().statusCode(200).extract().header(PreviewResource.IGNORED_FIELDS);
        profile.putArray("pain").addObject().put("area", "KNEE").put("severity", 4);
        profile.put("sessionMinutes", 20);

        String ignored = asBackend().contentType("application/json").body(profile.toString())
                .when().post("/plans/preview").then().statusCode(200).extract().header(PreviewResource.IGNORED_FIELDS);

        assertThat(known).as("no header when every field is known").isNull();
        assertThat(ignored).isEqualTo("pain, sessionMinutes");
    }

    @Test
    void withoutStartDateThePreviewStartsTheDayAfterToday() {
        ObjectNode profile = ProfileRecords.profile(ProfileRecords.newRunnerId("start"), Instant.parse("2026-11-22T08:00:00Z"));
        profile.remove("startDate");
        LocalDate before = LocalDate.now(ZoneOffset.UTC);

        JsonNode plan = PlanEvents.read(asBackend().contentType("application/json").body(profile.toString())
                .when().post("/plans/preview").then().statusCode(200).extract().asString());

        LocalDate after = LocalDate.now(ZoneOffset.UTC);
        assertThat(LocalDate.parse(plan.path("weeks").get(0).path("startsOn").asText()))
                .isIn(before.plusDays(1), after.plusDays(1));
    }

    /**
     * The plan is served as the text stored when it was published: the same bytes as the event's value,
     * written with the contract's one JSON policy, so a null optional field ({@code targetRpe} of a set
     * that is not heavy) is written as {@code null}, never left out.
     */
    @Test
    void aPlanOverHttpIsTheEventOnPlannerPlansByteForByte() {
        String runnerId = ProfileRecords.newRunnerId("bytes");
        ProfileRecords.sendBinary(kafka, runnerId, java.util.UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, Instant.parse("2026-11-22T08:00:00Z")).toString());
        byte[] published = PlanEvents.awaitFor(kafka, runnerId, 1).get(0).value();
        String planId = PlanEvents.data(PlanEvents.awaitFor(kafka, runnerId, 1).get(0)).path("planId").asText();

        byte[] current = asBackend().when().get("/runners/{id}/plan", runnerId)
                .then().statusCode(200).contentType("application/json").extract().asByteArray();
        byte[] byId = asBackend().when().get("/plans/{id}", planId)
                .then().statusCode(200).extract().asByteArray();

        assertThat(current).isEqualTo(published);
        assertThat(byId).isEqualTo(published);
        String text = new String(current, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("\"targetRpe\":null").contains("\"progressionAt\":null");
    }

    @Test
    void aProfileOutsideTheContractIsABadRequestNamingTheField() {
        String runnerId = ProfileRecords.newRunnerId("bad");
        Instant at = Instant.parse("2026-11-22T08:00:00Z");
        ObjectNode noLevel = ProfileRecords.profile(runnerId, at);
        noLevel.remove("level");

        assertBadRequest(ProfileRecords.profile(runnerId, at).put("sessionsPerWeek", 9).toString(), "sessionsPerWeek");
        assertBadRequest(noLevel.toString(), "level");
        assertBadRequest(ProfileRecords.profile(runnerId, at).put("minutesPerSession", 5).toString(), "minutesPerSession");
        assertBadRequest(ProfileRecords.profile(runnerId, at).put("runnerId", "has spaces").toString(), "runnerId");
        assertBadRequest("{\"runnerId\": ", "body");
    }

    private static void assertBadRequest(String body, String field) {
        asBackend().contentType("application/json").body(body)
                .when().post("/plans/preview")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400)).body("detail", containsString(field));
    }

    @Test
    void everyOperationIsInTheOpenApiDocument() {
        atManagement(management).queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/runners/{runnerId}/plan'.get.responses", hasKey("404"))
                .body("paths.'/runners/{runnerId}/plan'.get.parameters[0].name", equalTo("runnerId"))
                .body("paths.'/plans/{planId}'.get.responses", hasKey("404"))
                .body("paths.'/plans/preview'.post.responses", hasKey("400"))
                .body("paths.'/plans/preview'.post.requestBody.required", equalTo(true));
    }
}
