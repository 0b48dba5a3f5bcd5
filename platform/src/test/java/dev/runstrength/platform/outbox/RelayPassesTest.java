package dev.runstrength.platform.outbox;

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        Sent sent = relayed("count", 12, "");
        assertThat(sent.passes()).as("5 + 5 + 2, and no pass that finds nothing").isEqualTo(3);
    }

    @Test
    void aBatchCutShortByItsByteBudgetIsFollowedAtOnce() throws Exception {
        // about 1 KB each: two fit in 2,500 bytes, so four rows take two passes although the page holds five
        Sent sent = relayed("bytes", 4, "x".repeat(1000));
        assertThat(sent.passes()).isEqualTo(2);
    }

    /** The event ids published, in order, and the passes the relay took for them. */
    private record Sent(List<String> ids, int passes) {
    }

    /** Appends n events for a new runner while the relay is paused, then lets it relay them. */
    private Sent relayed(String name, int n, String notes) throws Exception {
        String runnerId = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        relay.pause();
        List<String> appended = QuarkusTransaction.requiringNew().call(() -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add(outbox.append(EventKind.WORKOUT_COMPLETED, runnerId, data(runnerId, "w" + i, notes)).eventId);
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
        List<String> ids = published.stream().filter(r -> runnerId.equals(r.key())).map(r -> header(r, "ce_id")).toList();
        assertThat(ids).as("every event once, in order").containsExactlyElementsOf(appended);
        // the relay's worker runs one drain at a time: pausing again waits for the one that sent these
        relay.pause();
        int passes = (int) (passes() - before);
        relay.resume();
        return new Sent(ids, passes);
    }

    private double passes() {
        return registry.counter("runstrength.outbox.relay.passes").count();
    }

    private static Map<String, Object> data(String runnerId, String workoutId, String notes) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("workoutId", workoutId);
        data.put("runnerId", runnerId);
        data.put("notes", notes);
        return data;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
