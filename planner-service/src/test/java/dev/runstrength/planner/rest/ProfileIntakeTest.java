package dev.runstrength.planner.rest;

import static dev.runstrength.infra.security.Callers.asBackend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.Topics;
import dev.runstrength.planner.PlannerTestResources;
import dev.runstrength.planner.messaging.PlanEvents;
import dev.runstrength.planner.messaging.ProfileRecords;
import dev.runstrength.replica.SeededCatalogueTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** PUT /runners/{runnerId}/profile: checked like a runner.profiles record, published there once, planned like any other. */
@QuarkusTest
@PlannerTestResources
class ProfileIntakeTest extends SeededCatalogueTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");

    private static Response put(String runnerId, String body) {
        return asBackend().contentType("application/json").body(body).put("/runners/{runnerId}/profile", runnerId);
    }

    private List<ConsumerRecord<String, byte[]>> profilesOf(String runnerId, int atLeast) {
        return kafka.consume(Topics.RUNNER_PROFILES,
                        records -> records.stream().filter(r -> runnerId.equals(r.key())).count() >= atLeast,
                        Duration.ofSeconds(30))
                .stream().filter(r -> runnerId.equals(r.key())).toList();
    }

    @Test
    void aProfileIsPublishedOnRunnerProfilesAndPlannedLikeAnyOther() {
        String runnerId = ProfileRecords.newRunnerId("http");
        ObjectNode profile = ProfileRecords.profile(runnerId, AT);

        Response accepted = put(runnerId, profile.toString());

        accepted.then().statusCode(202).contentType("application/json")
                .header("Location", endsWith("/runners/" + runnerId + "/plan"))
                .body("runnerId", equalTo(runnerId)).body("updatedAt", equalTo(AT.toString()))
                .body("topic", equalTo(Topics.RUNNER_PROFILES)).body("repeated", equalTo(false))
                .body("ignoredFields", empty());
        String eventId = accepted.path("eventId");
        ConsumerRecord<String, byte[]> record = profilesOf(runnerId, 1).get(0);
        assertThat(PlanEvents.header(record, "ce_id")).isEqualTo(eventId);
        assertThat(PlanEvents.header(record, "ce_type")).isEqualTo("dev.runstrength.runner.profile.updated.v1");
        assertThat(PlanEvents.data(record)).isEqualTo(profile);

        JsonNode plan = PlanEvents.data(PlanEvents.awaitFor(kafka, runnerId, 1).get(0));
        assertThat(plan.path("basedOn").path("profileUpdatedAt").asText()).isEqualTo(AT.toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asBackend().get(accepted.header("Location"))
                .then().statusCode(200).body("planId", equalTo(plan.path("planId").asText())));
    }

    @Test
    void fieldsTheContractDoesNotNameAreAcceptedPublishedAsSentAndNamedInTheAnswer() {
        String runnerId = ProfileRecords.newRunnerId("http-unknown");
        ObjectNode profile = ProfileRecords.profile(runnerId, AT);
        profile.putArray("pain").addObject().put("area", "KNEE").put("severity", 5);
        profile.put("sessionMinutes", 40);

        put(runnerId, profile.toString()).then().statusCode(202)
                .body("ignoredFields", contains("pain", "sessionMinutes"));

        assertThat(PlanEvents.data(profilesOf(runnerId, 1).get(0))).as("published as sent").isEqualTo(profile);
    }

    @Test
    void theSameProfileTwiceIsPublishedOnceAndAnotherBodyUnderItsUpdatedAtIsAConflict() {
        String runnerId = ProfileRecords.newRunnerId("http-twice");
        String body = ProfileRecords.profile(runnerId, AT).toString();

        String first = put(runnerId, body).then().statusCode(202).extract().path("eventId");
        // the same content with members in another order and the instant written with milliseconds
        ObjectNode reordered = ProfileRecords.profile(runnerId, AT);
        reordered.remove("runnerId");
        reordered.put("runnerId", runnerId);
        reordered.put("updatedAt", "2026-11-22T08:00:00.000Z");
        put(runnerId, reordered.toString()).then().statusCode(202)
                .body("repeated", equalTo(true)).body("eventId", equalTo(first));
        put(runnerId, ProfileRecords.profile(runnerId, AT).put("sessionsPerWeek", 3).toString()).then()
                .statusCode(409).contentType(PROBLEM).body("detail", containsString("updatedAt"));

        // a later profile is a new one; the topic then holds exactly the two, in order
        put(runnerId, ProfileRecords.profile(runnerId, AT.plusSeconds(60)).toString()).then().statusCode(202)
                .body("repeated", equalTo(false));
        List<ConsumerRecord<String, byte[]>> published = profilesOf(runnerId, 2);
        assertThat(published).hasSize(2);
        assertThat(PlanEvents.data(published.get(1)).path("updatedAt").asText()).isEqualTo(AT.plusSeconds(60).toString());
    }

    @Test
    void aBodyBreakingTheSchemaOrNamingAnotherRunnerIsA400AndPublishesNothing() {
        String runnerId = ProfileRecords.newRunnerId("http-bad");
        ObjectNode noLevel = ProfileRecords.profile(runnerId, AT);
        noLevel.remove("level");

        put(runnerId, ProfileRecords.profile(runnerId, AT).put("sessionsPerWeek", 9).toString()).then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("sessionsPerWeek"));
        put(runnerId, noLevel.toString()).then().statusCode(400).body("detail", containsString("level"));
        put(runnerId, ProfileRecords.profile(runnerId + "-else", AT).toString()).then()
                .statusCode(400).body("detail", containsString("runnerId"));
        put(runnerId, "{\"runnerId\": ").then().statusCode(400).body("detail", containsString("body"));
        put(runnerId, ProfileRecords.profile(runnerId, Instant.parse("2099-01-01T00:00:00Z")).toString()).then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("updatedAt: must not be more than 24 h in the future"));
        put("r%00", ProfileRecords.profile(runnerId, AT).toString()).then().statusCode(400);

        // the outbox keeps one runner's events in order, so after a valid profile the topic shows all there were
        put(runnerId, ProfileRecords.profile(runnerId, AT).toString()).then().statusCode(202);
        List<ConsumerRecord<String, byte[]>> published = profilesOf(runnerId, 1);
        assertThat(published).hasSize(1);
        assertThat(PlanEvents.data(published.get(0)).path("sessionsPerWeek").asInt()).isEqualTo(2);
    }
}
