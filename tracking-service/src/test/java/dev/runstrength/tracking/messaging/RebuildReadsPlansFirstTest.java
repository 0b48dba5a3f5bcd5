package dev.runstrength.tracking.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.Topics;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.quarkus.KafkaResource;
import dev.runstrength.infra.quarkus.PostgresResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A rebuild from offset 0 (an empty database, no committed offsets) reads the plans topic up to the end offsets
 * found at start before it takes any workout (the workout channel is held by CatchUp), so no workout is judged
 * without its plan and then folded again when the plan arrives. Plans are taken two a poll, so reading them
 * takes many polls while the workouts wait.
 */
@QuarkusTest
@TestProfile(RebuildReadsPlansFirstTest.SlowPlans.class)
@WithTestResource(value = KafkaResource.class, initArgs = @ResourceArg(name = KafkaResource.BROKER_PROPERTIES, value = PlansBeforeWorkouts.BROKER))
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = "tracking_rebuild"))
@WithTestResource(PlansBeforeWorkouts.class)
class RebuildReadsPlansFirstTest {

    public static class SlowPlans implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.planner-plans.max.poll.records", "2");
        }
    }

    @Inject
    MeterRegistry registry;

    @Test
    void everyWorkoutIsJudgedAgainstItsPlanOnceAndNothingIsCorrected() {
        List<String> runners = PlansBeforeWorkouts.RUNNER_IDS;
        try (KafkaProbe kafka = new KafkaProbe(KafkaResource.bootstrapServers(PlansBeforeWorkouts.BROKER))) {
            List<ConsumerRecord<String, byte[]>> first = kafka.consume(Topics.TRACKING_PROGRESSIONS,
                    records -> runners.stream().allMatch(r -> !TrackingEvents.ofKey(records, r).isEmpty()),
                    Duration.ofSeconds(90));
            for (String runnerId : runners) {
                JsonNode update = TrackingEvents.data(TrackingEvents.ofKey(first, runnerId).get(0));
                assertThat(update.path("adherence").path("completedSessions").asInt())
                        .as(runnerId + ": the session was known to be planned when its workout was judged").isEqualTo(1);
            }
            // once every plan is in, nothing was corrected: one update per runner
            await().atMost(Duration.ofSeconds(60)).until(() -> registry.counter("runstrength.events.applied",
                    "consumer", PlanConsumer.CONSUMER).count() >= runners.size());
            List<ConsumerRecord<String, byte[]>> all = kafka.consumeAll(Topics.TRACKING_PROGRESSIONS, Duration.ofSeconds(20));
            for (String runnerId : runners) {
                assertThat(TrackingEvents.ofKey(all, runnerId)).as(runnerId).hasSize(1);
            }
        }
        assertThat(registry.counter("runstrength.tracking.progressions.corrected").count()).isZero();
    }
}
