package dev.runstrength.platform.outbox;

import static dev.runstrength.platform.outbox.OutboxTestEvents.header;
import static dev.runstrength.platform.outbox.OutboxTestEvents.workout;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.quarkus.KafkaResource;
import dev.runstrength.infra.quarkus.PostgresResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * How many transactions the relay spends on a backlog: one per batch, and none to find the outbox empty
 * after a batch that took every row it saw (at low rates each commit wakes the relay for one event, so
 * that extra pass doubled its work). Batches of 5 rows or 2,500 bytes; the scheduler is off, so that only
 * the test wakes the relay.
 */
@QuarkusTest
@TestProfile(RelayPassesTest.SmallBatches.class)
@WithTestResource(value = KafkaResource.class, initArgs = @ResourceArg(name = KafkaResource.TOPICS, value = Topics.WORKOUTS_COMPLETED))
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = "platform_relay_passes"))
class RelayPassesTest {

    public static class SmallBatches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("runstrength.outbox.batch-size", "5",
                    "runstrength.outbox.batch-bytes", "2500",
                    "quarkus.scheduler.enabled", "false");
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    MeterRegistry registry;

    @Test
    void aBacklogOfTwelveTakesThreePassesOfAtMostFive() throws Exception {
        assertThat(passesToRelay("count", 12, "")).as("5 + 5 + 2, and no pass that finds nothing").isEqualTo(3);
    }

    @Test
    void aBatchCutShortByItsByteBudgetIsFollowedAtOnce() throws Exception {
        // about 1 KB each: two fit in 2,500 bytes, so four rows take two passes although the page holds five
        assertThat(passesToRelay("bytes", 4, "x".repeat(1000))).isEqualTo(2);
    }

    /**
     * Appends n events for a new runner while the relay is paused, lets it relay them, checks that each was
     * published once and in order, and returns the passes it took.
     */
    private int passesToRelay(String name, int n, String notes) throws Exception {
        String runnerId = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        relay.pause();
        List<String> appended = QuarkusTransaction.requiringNew().call(() -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Map<String, Object> data = workout(runnerId, "w" + i, notes);
                ids.add(outbox.append(EventKind.WORKOUT_COMPLETED, runnerId, data).eventId);
            }
            return ids;
        });
        double before = passes();
        relay.resume();
        List<ConsumerRecord<String, byte[]>> published;
        try (KafkaProbe kafka = new KafkaProbe(KafkaResource.bootstrapServers())) {
            published = kafka.consume(Topics.WORKOUTS_COMPLETED, records -> records.stream()
                    .filter(r -> runnerId.equals(r.key())).count() >= n, Duration.ofSeconds(60));
        }
        assertThat(published).filteredOn(r -> runnerId.equals(r.key()))
                .extracting(r -> header(r, "ce_id"))
                .as("every event once, in order").containsExactlyElementsOf(appended);
        // the relay's worker runs one drain at a time: pausing again waits for the one that sent these
        relay.pause();
        int passes = (int) (passes() - before);
        relay.resume();
        return passes;
    }

    private double passes() {
        return registry.counter("runstrength.outbox.relay.passes").count();
    }
}
