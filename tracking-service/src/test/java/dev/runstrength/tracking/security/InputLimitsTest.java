package dev.runstrength.tracking.security;

import static dev.runstrength.infra.security.Callers.asBackend;
import static dev.runstrength.tracking.messaging.TrackingEvents.held;
import static dev.runstrength.tracking.messaging.TrackingEvents.performed;
import static dev.runstrength.tracking.messaging.TrackingEvents.unique;
import static dev.runstrength.tracking.messaging.TrackingEvents.workout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.runstrength.infra.fuzz.RequestFuzzer;
import dev.runstrength.infra.fuzz.RequestFuzzer.Endpoint;
import dev.runstrength.infra.security.Callers;
import dev.runstrength.infra.security.Tokens;
import dev.runstrength.tracking.TrackingTestResources;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Input that cannot hurt tracking-service (contract v1.1, "Limits"): a NUL byte in an id, then
 * seeded random requests over every endpoint; no answer is a 5xx, every 4xx a problem+json.
 */
@QuarkusTest
@TrackingTestResources
class InputLimitsTest {

    private static final Tokens TOKENS = Callers.tokens();

    @Test
    void aNulByteInTheRunnerIdIsA400NamingIt() {
        for (String path : List.of("/runners/r-1%00/progress", "/runners/%00/workouts", "/runners/r-1%00/workouts/w-1")) {
            asBackend().urlEncodingEnabled(false).get(path).then()
                    .statusCode(400).contentType("application/problem+json").body("detail", containsString("runnerId"));
        }
    }

    @Test
    void seededRandomRequestsGetNo5xxAndEvery4xxIsAProblem() {
        String runnerId = unique("fuzz");
        Instant done = Instant.now().minus(1, ChronoUnit.HOURS);
        RequestFuzzer fuzzer = new RequestFuzzer(TOKENS::backend, List.of(TOKENS.expired(Tokens.BACKEND),
                Tokens.badSignature(Tokens.BACKEND), TOKENS.editor(), TOKENS.runner(runnerId)));

        fuzzer.run(List.of(
                Endpoint.get("/runners/{}/progress", List.of(runnerId), Map.of()),
                Endpoint.get("/runners/{}/workouts", List.of(runnerId), Map.of(
                        "page", List.of("0", "3"), "size", List.of("1", "50", "200"))),
                Endpoint.get("/runners/{}/workouts/{}", List.of(runnerId, runnerId + "-w1"), Map.of()),
                Endpoint.withBody("POST", "/runners/{}/workouts", List.of(runnerId), () -> RequestFuzzer.parse(
                        workout(runnerId, runnerId + "-w1", done,
                                performed("glute-bridge", 2, 10, 6), held("plank", 2, 30, 6)).toString()))),
                RequestFuzzer.requests(600));

        System.out.printf("tracking fuzz: %d requests, seed %d, statuses %s%n", fuzzer.sent(), fuzzer.seed(), fuzzer.statuses());
        assertThat(fuzzer.failures()).as("answers breaking the rules (seed " + fuzzer.seed() + ")").isEmpty();
        assertThat(fuzzer.sent()).isGreaterThanOrEqualTo(RequestFuzzer.requests(600));
    }
}
