package dev.runstrength.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.runstrength.contracts.Topics;
import dev.runstrength.infra.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foundation: the packaged services come up healthy against one broker and one database. */
@ExtendWith(RunningSystem.class)
class StackComesUpIT {

    @Test
    void everyServiceIsLiveAndReadyOnItsManagementPortOnly() {
        for (String service : new String[] {"catalog", "planner", "tracking"}) {
            String management = RunningSystem.get().managementUrl(service);
            given().baseUri(management).when().get("/q/health/live").then()
                    .statusCode(200).body("status", equalTo("UP"));
            given().baseUri(management).when().get("/q/health/ready").then()
                    .statusCode(200).body("status", equalTo("UP"));
            given().baseUri(management).when().get("/q/openapi").then().statusCode(200);
            given().baseUri(management).when().get("/q/metrics").then().statusCode(200);
            for (String path : new String[] {"/q/health/ready", "/q/metrics", "/q/openapi"}) {
                given().baseUri(RunningSystem.get().url(service)).when().get(path).then().statusCode(404);
            }
        }
    }

    @Test
    void theApiPortsWantATokenFromTheTrustedIssuer() {
        String runner = "system-" + UUID.randomUUID().toString().substring(0, 8);
        given().baseUri(RunningSystem.get().url("planner")).get("/runners/{id}/plan", runner).then()
                .statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().baseUri(RunningSystem.get().url("tracking")).auth().oauth2(RunningSystem.get().tokens().runner(runner + "-other"))
                .get("/runners/{id}/progress", runner).then()
                .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().baseUri(RunningSystem.get().url("tracking")).auth().oauth2(RunningSystem.get().tokens().runner(runner))
                .get("/runners/{id}/progress", runner).then().statusCode(404);
        given().baseUri(RunningSystem.get().url("catalog")).auth().oauth2(dev.runstrength.infra.security.Tokens.badSignature(
                dev.runstrength.infra.security.Tokens.CATALOG_EDITOR)).delete("/exercises/plank").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theCatalogueIsLoadedAndPublished() {
        given().baseUri(RunningSystem.get().url("catalog")).when().get("/exercises?size=1").then()
                .statusCode(200).body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(45));
        try (KafkaProbe kafka = RunningSystem.get().kafka()) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    kafka.consumeAll(Topics.CATALOG_EXERCISES, Duration.ofSeconds(5)).stream()
                            .map(record -> record.key()).collect(Collectors.toSet()))
                    .hasSizeGreaterThanOrEqualTo(45));
        }
    }

    @Test
    void aProfilePublishedToRunnerProfilesIsConsumed() {
        try (KafkaProbe kafka = RunningSystem.get().kafka()) {
            long before = kafka.committedTotal(ConsumerGroups.PLANNER_PROFILES, Topics.RUNNER_PROFILES);
            String runnerId = "system-" + UUID.randomUUID().toString().substring(0, 8);
            String profile = """
                    {"runnerId":"%s","updatedAt":"%s","level":"BEGINNER","sessionsPerWeek":2,"minutesPerSession":30}
                    """.formatted(runnerId, Instant.now());
            kafka.produce(Topics.RUNNER_PROFILES, runnerId, profile.getBytes(), Map.of(
                    "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "urn:test:system",
                    "ce_type", "dev.runstrength.runner.profile.updated.v1", "content-type", "application/json"));
            await().atMost(Duration.ofSeconds(60)).until(
                    () -> kafka.committedTotal(ConsumerGroups.PLANNER_PROFILES, Topics.RUNNER_PROFILES) > before);
        }
    }
}
