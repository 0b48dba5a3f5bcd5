package dev.runstrength.planner.security;

import static dev.runstrength.infra.security.Callers.asBackend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.awaitility.Awaitility.await;

import dev.runstrength.infra.fuzz.RequestFuzzer;
import dev.runstrength.infra.fuzz.RequestFuzzer.Endpoint;
import dev.runstrength.infra.security.Callers;
import dev.runstrength.infra.security.Tokens;
import dev.runstrength.planner.PlannerTestResources;
import dev.runstrength.planner.messaging.ProfileRecords;
import dev.runstrength.replica.SeededCatalogueTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Input that cannot hurt planner-service (contract v1.1, "Limits"): the causes of past 5xx answers one by
 * one, then seeded random requests over every endpoint; no answer is a 5xx, every 4xx a problem+json.
 */
@QuarkusTest
@PlannerTestResources
class InputLimitsTest extends SeededCatalogueTest {

    private static final Tokens TOKENS = Callers.tokens();

    private String profile(String runnerId) {
        return ProfileRecords.profile(runnerId, Instant.parse("2026-11-22T08:00:00Z")).toString();
    }

    @Test
    void aBodyOver256KibIsA413Problem() {
        String huge = ProfileRecords.profile("r-huge", Instant.now()).put("padding", "p".repeat(300 * 1024)).toString();
        asBackend().contentType("application/json").body(huge).post("/plans/preview").then()
                .statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void anInstantWithASpaceOrAnImpossibleDateIsA400NamingTheField() {
        asBackend().contentType("application/json")
                .body(ProfileRecords.profile("r-dates", Instant.now()).put("updatedAt", "2026-11-23 07:30:00Z").toString())
                .post("/plans/preview").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("updatedAt"));
        asBackend().contentType("application/json")
                .body(ProfileRecords.profile("r-dates", Instant.now()).put("startDate", "2026-02-30").toString())
                .post("/plans/preview").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("startDate"));
    }

    @Test
    void aNulByteInAnIdIsA400NamingIt() {
        asBackend().urlEncodingEnabled(false).get("/runners/r-1%00/plan").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("runnerId"));
        asBackend().urlEncodingEnabled(false).get("/plans/p-1%00").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("planId"));
    }

    @Test
    void seededRandomRequestsGetNo5xxAndEvery4xxIsAProblem() {
        String runnerId = ProfileRecords.newRunnerId("fuzz");
        asBackend().contentType("application/json").body(profile(runnerId)).put("/runners/{id}/profile", runnerId)
                .then().statusCode(202);
        String sessionId = await().atMost(Duration.ofSeconds(30)).until(() -> asBackend().get("/runners/{id}/plan", runnerId)
                .then().extract().<String>path("weeks[0].sessions[0].sessionId"), Objects::nonNull);
        String secret = asBackend().post("/runners/{id}/calendar-feed", runnerId).then().statusCode(201).extract()
                .<String>path("url").replaceAll(".*/calendar-feeds/(.*)\\.ics$", "$1");
        RequestFuzzer fuzzer = new RequestFuzzer(TOKENS::backend, List.of(TOKENS.expired(Tokens.BACKEND),
                Tokens.badSignature(Tokens.BACKEND), TOKENS.editor(), TOKENS.runner(runnerId)));

        fuzzer.run(List.of(
                Endpoint.get("/runners/{}/plan", List.of(runnerId), Map.of()),
                Endpoint.get("/plans/{}", List.of(UUID.randomUUID().toString()), Map.of()),
                Endpoint.withBody("POST", "/plans/preview", List.of(), () -> RequestFuzzer.parse(profile(runnerId))),
                Endpoint.withBody("PUT", "/runners/{}/profile", List.of(runnerId), () -> RequestFuzzer.parse(profile(runnerId))),
                Endpoint.get("/runners/{}/plan.ics", List.of(runnerId), Map.of()),
                Endpoint.get("/runners/{}/plan.html", List.of(runnerId), Map.of()),
                Endpoint.get("/runners/{}/plan/sessions/{}.fit", List.of(runnerId, sessionId), Map.of()),
                Endpoint.get("/calendar-feeds/{}.ics", List.of(secret), Map.of()),
                Endpoint.bare("POST", "/runners/{}/calendar-feed", List.of(runnerId)),
                Endpoint.bare("DELETE", "/runners/{}/calendar-feed", List.of(runnerId)),
                // another runner, so that erasing it leaves the fuzzed runner's plan in place for the rest
                Endpoint.bare("DELETE", "/runners/{}", List.of(ProfileRecords.newRunnerId("fuzz-erase")))),
                RequestFuzzer.requests(1000));

        System.out.printf("planner fuzz: %d requests, seed %d, statuses %s%n", fuzzer.sent(), fuzzer.seed(), fuzzer.statuses());
        assertThat(fuzzer.failures()).as("answers breaking the rules (seed " + fuzzer.seed() + ")").isEmpty();
        assertThat(fuzzer.sent()).isGreaterThanOrEqualTo(RequestFuzzer.requests(1000));
    }
}
