package dev.runstrength.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Kafka delivers at least once, and operators replay topics: a redelivered event, or every input
 * topic read again from the start by a fresh consumer group, changes no state and publishes nothing.
 */
class ReplayIT extends SystemTest {

    private static final List<String> OUTPUT_TOPICS =
            List.of(Topics.CATALOG_EXERCISES, Topics.PLANNER_PLANS, Topics.TRACKING_PROGRESSIONS);

    @Test
    void duplicatesOfEveryEventAndAFullReplayChangeNothingAndPublishNothing() throws InterruptedException {
        String runnerId = Runners.newId("replay");
        backend.publish(EventKind.RUNNER_PROFILE_UPDATED, runnerId,
                Runners.profile(runnerId, Runners.SET_UP_AT, "BEGINNER").toString());
        JsonNode plan = Backend.data(backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, 1).get(0));
        String planId = plan.path("planId").asText();
        backend.awaitPlansKnownToTracking();
        backend.publish(EventKind.WORKOUT_COMPLETED, runnerId, Runners.workoutAsPrescribed(runnerId, planId,
                Runners.session(plan, 1, 0), Runners.newId("w1"), 6).toString());
        backend.publish(EventKind.WORKOUT_COMPLETED, runnerId, Runners.workoutAsPrescribed(runnerId, planId,
                Runners.session(plan, 2, 0), Runners.newId("w2"), 6).toString());
        backend.awaitEvents(Topics.TRACKING_PROGRESSIONS, runnerId, 2);
        backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, 2);
        ConsumerGroups.ALL.forEach(backend::awaitCaughtUp);
        Map<String, Long> published = sizes();
        Map<String, JsonNode> state = state(runnerId, "planner", "tracking");

        // every event once more, exactly as it was delivered the first time
        Map<String, Long> expected = new LinkedHashMap<>(published);
        for (String topic : List.of(Topics.RUNNER_PROFILES, Topics.WORKOUTS_COMPLETED, Topics.PLANNER_PLANS,
                Topics.TRACKING_PROGRESSIONS)) {
            List<ConsumerRecord<String, byte[]>> records = backend.events(topic, runnerId);
            assertThat(records).as(topic).isNotEmpty();
            records.forEach(backend::redeliver);
            expected.computeIfPresent(topic, (t, size) -> size + records.size());
        }
        List<ConsumerRecord<String, byte[]>> catalogue = backend.allEvents(Topics.CATALOG_EXERCISES);
        catalogue.forEach(backend::redeliver);
        expected.computeIfPresent(Topics.CATALOG_EXERCISES, (t, size) -> size + catalogue.size());
        ConsumerGroups.ALL.forEach(backend::awaitCaughtUp);
        // the redelivered records themselves, and nothing the services published in answer
        assertNothingNewFor(expected, Duration.ofSeconds(5));
        published = sizes();
        assertThat(state(runnerId, "planner", "tracking")).isEqualTo(state);

        // a fresh consumer group on every input topic: a second planner and tracking read everything again
        String fresh = "-replay-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> plannerGroups = new LinkedHashMap<>();
        plannerGroups.put("MP_MESSAGING_INCOMING_RUNNER_PROFILES_GROUP_ID", ConsumerGroups.PLANNER_PROFILES + fresh);
        plannerGroups.put("MP_MESSAGING_INCOMING_CATALOG_EXERCISES_GROUP_ID", ConsumerGroups.PLANNER_CATALOGUE + fresh);
        plannerGroups.put("MP_MESSAGING_INCOMING_TRACKING_PROGRESSIONS_GROUP_ID", ConsumerGroups.PLANNER_PROGRESSIONS + fresh);
        Map<String, String> trackingGroups = new LinkedHashMap<>();
        trackingGroups.put("MP_MESSAGING_INCOMING_WORKOUTS_COMPLETED_GROUP_ID", ConsumerGroups.TRACKING_WORKOUTS + fresh);
        trackingGroups.put("MP_MESSAGING_INCOMING_PLANNER_PLANS_GROUP_ID", ConsumerGroups.TRACKING_PLANS + fresh);
        trackingGroups.put("MP_MESSAGING_INCOMING_CATALOG_EXERCISES_GROUP_ID", ConsumerGroups.TRACKING_CATALOGUE + fresh);
        trackingGroups.put("MP_MESSAGING_INCOMING_RUNNER_ERASURES_GROUP_ID", ConsumerGroups.TRACKING_ERASURES + fresh);
        RunningSystem system = RunningSystem.get();
        system.startInstance("planner-replay", "planner", plannerGroups);
        system.startInstance("tracking-replay", "tracking", trackingGroups);
        try {
            ConsumerGroups.ALL.forEach((group, topic) -> backend.awaitCaughtUp(group + fresh, topic));
            assertNothingNewFor(published, Duration.ofSeconds(5));
            assertThat(state(runnerId, "planner-replay", "tracking-replay")).isEqualTo(state);
            assertThat(state(runnerId, "planner", "tracking")).isEqualTo(state);
        } finally {
            system.stopInstance("planner-replay");
            system.stopInstance("tracking-replay");
        }
    }

    private Map<String, Long> sizes() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        OUTPUT_TOPICS.forEach(topic -> sizes.put(topic, backend.size(topic)));
        return sizes;
    }

    /** The output topics hold no more records than before, and stay so for a while. */
    private void assertNothingNewFor(Map<String, Long> before, Duration quiet) {
        await().during(quiet).atMost(quiet.plusSeconds(10)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(sizes()).isEqualTo(before));
    }

    /** What a backend can read about the runner over HTTP. */
    private static Map<String, JsonNode> state(String runnerId, String planner, String tracking) {
        Map<String, JsonNode> state = new LinkedHashMap<>();
        state.put("plan", get(planner, "/runners/" + runnerId + "/plan"));
        state.put("progress", get(tracking, "/runners/" + runnerId + "/progress"));
        state.put("workouts", get(tracking, "/runners/" + runnerId + "/workouts"));
        return state;
    }

    private static JsonNode get(String service, String path) {
        return Backend.json(RunningSystem.get().asBackend(service).get(path).then().statusCode(200).extract().asString());
    }
}
