package dev.runstrength.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.validation.ContractValidator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** docs/integration.md's Java backend (KafkaBackendExample) against the packaged services: profile in, plan out, workout in, progression out. */
class JavaBackendIT extends SystemTest {

    private static final ContractValidator CONTRACT = new ContractValidator();

    @Test
    void theDocumentedJavaBackendGetsAPlanAndAProgression() throws Exception {
        String runnerId = Runners.newId("java");
        try (KafkaBackendExample app = new KafkaBackendExample(RunningSystem.get().bootstrapServers(), "docs-example-" + runnerId)) {
            app.sendProfile(runnerId, Runners.profile(runnerId, Runners.SET_UP_AT, "BEGINNER").toString());
            String planJson = app.awaitEvent("planner.plans", runnerId, Duration.ofSeconds(60));
            assertThat(planJson).as("a plan on planner.plans").isNotNull();
            JsonNode plan = Backend.json(planJson);
            CONTRACT.validate(EventKind.PLAN_GENERATED, plan, runnerId);

            backend.awaitPlansKnownToTracking();
            String workoutId = Runners.newId("w");
            app.sendWorkout(runnerId, Runners.workoutAsPrescribed(runnerId, plan.path("planId").asText(),
                    Runners.session(plan, 1, 0), workoutId, 6).toString());
            String progressionJson = app.awaitEvent("tracking.progressions", runnerId, Duration.ofSeconds(60));
            assertThat(progressionJson).as("a progression update on tracking.progressions").isNotNull();
            JsonNode progression = Backend.json(progressionJson);
            CONTRACT.validate(EventKind.PROGRESSION_UPDATED, progression, runnerId);
            assertThat(progression.path("workoutId").asText()).isEqualTo(workoutId);
        }
    }
}
