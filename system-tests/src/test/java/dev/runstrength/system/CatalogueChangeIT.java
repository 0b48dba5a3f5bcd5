package dev.runstrength.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A catalogue change made over HTTP reaches the planner through catalog.exercises. */
class CatalogueChangeIT extends SystemTest {

    @Test
    void anExerciseRetiredThroughHttpIsInNoPlanGeneratedAfterwards() {
        String runnerId = Runners.newId("retire");
        backend.publish(EventKind.RUNNER_PROFILE_UPDATED, runnerId,
                Runners.profile(runnerId, Runners.SET_UP_AT, "INTERMEDIATE").toString());
        JsonNode current = Backend.data(backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, 1).get(0));
        // plank stays: the crash test's workouts use it
        String retired = Runners.strengthExercises(Runners.session(current, 1, 0)).stream()
                .map(e -> e.path("exerciseId").asText()).filter(id -> !id.equals("plank"))
                .findFirst().orElseThrow();

        RunningSystem.get().asEditor("catalog").delete("/exercises/{id}", retired).then().statusCode(204);
        RunningSystem.get().asBackend("catalog").get("/exercises/{id}", retired).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("RETIRED"));

        List<ConsumerRecord<String, byte[]>> events = backend.awaitEventOfType(Topics.CATALOG_EXERCISES, retired,
                EventKind.EXERCISE_RETIRED);
        assertThat(events).anySatisfy(event ->
                assertThat(Backend.header(event, "ce_type")).isEqualTo(EventKind.EXERCISE_RETIRED.type()));
        backend.awaitCaughtUp(ConsumerGroups.PLANNER_CATALOGUE, Topics.CATALOG_EXERCISES);

        // the same runner's next profile, and a runner new to the system
        Instant later = Runners.SET_UP_AT.plusSeconds(3_600);
        backend.publish(EventKind.RUNNER_PROFILE_UPDATED, runnerId,
                Runners.profile(runnerId, later, "INTERMEDIATE").toString());
        String newcomer = Runners.newId("retire-new");
        backend.publish(EventKind.RUNNER_PROFILE_UPDATED, newcomer,
                Runners.profile(newcomer, later, "INTERMEDIATE").toString());

        JsonNode replanned = Backend.data(backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, 2).get(1));
        assertThat(replanned.path("basedOn").path("profileUpdatedAt").asText()).isEqualTo(later.toString());
        JsonNode fresh = Backend.data(backend.awaitEvents(Topics.PLANNER_PLANS, newcomer, 1).get(0));
        JsonNode preview = Backend.json(RunningSystem.get().asBackend("planner")
                .contentType("application/json").body(Runners.profile(Runners.newId("retire-preview"), later,
                        "INTERMEDIATE").toString())
                .post("/plans/preview").then().statusCode(200).extract().asString());
        for (JsonNode plan : List.of(replanned, fresh, preview)) {
            assertThat(Runners.usedExercises(plan)).isNotEmpty().doesNotContain(retired);
        }
    }
}
