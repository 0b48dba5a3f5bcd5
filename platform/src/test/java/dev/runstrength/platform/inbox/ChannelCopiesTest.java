package dev.runstrength.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.quarkus.KafkaResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.ChannelRegistry;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;

/**
 * The test channel as the services run their busy channels: {@code concurrency=2} (two consumers in the
 * group, each with its own processing thread) on a 3-partition topic, pausable, started paused and resumed
 * by {@link CatchUp}. A burst of many runners' workouts is applied exactly once each, each runner's in the
 * order published, while both copies hold partitions and handle batches at the same time.
 */
@QuarkusTest
@IntakeTestResources
@TestProfile(ChannelCopiesTest.TwoCopies.class)
class ChannelCopiesTest {

    private static final String GROUP = "platform-intake-test";
    private static final int RUNNERS = 60;
    private static final int WORKOUTS_EACH = 8;

    public static class TwoCopies implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mp.messaging.incoming.intake-test.concurrency", "2",
                    "mp.messaging.incoming.intake-test.pausable", "true",
                    "mp.messaging.incoming.intake-test.pausable.initially-paused", "true",
                    "mp.messaging.incoming.intake-test.pausable.buffer-strategy", "BUFFER",
                    "runstrength.catch-up.held", "intake-test");
        }
    }

    @Inject
    Ledger ledger;

    @Inject
    LedgerConsumer consumer;

    @Inject
    ChannelRegistry channels;

    @Test
    void aBurstOnTwoCopiesIsAppliedOnceEachInEachRunnersOrderAndBothCopiesWork() throws Exception {
        assertThat(channels.getPausable("intake-test$1")).as("the first copy's pauser").isNotNull();
        assertThat(channels.getPausable("intake-test$2")).as("the second copy's pauser").isNotNull();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(channels.getPausable("intake-test$1").isPaused()).as("copy 1 resumed by CatchUp").isFalse();
            assertThat(channels.getPausable("intake-test$2").isPaused()).as("copy 2 resumed by CatchUp").isFalse();
        });
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP)).all()
                        .get(10, TimeUnit.SECONDS).get(GROUP);
                assertThat(group.members()).as("one consumer per copy").hasSize(2);
                assertThat(group.members()).as("each copy holds partitions of the 3")
                        .allSatisfy(member -> assertThat(member.assignment().topicPartitions()).isNotEmpty());
                assertThat(group.members().stream().map(MemberDescription::clientId).distinct()).hasSize(2);
            });
        }

        List<String> runners = new ArrayList<>();
        for (int r = 0; r < RUNNERS; r++) {
            runners.add(IntakeRecords.runner("copies-" + r));
        }
        ledger.holdEachBatch(30);
        try (KafkaProbe kafka = new KafkaProbe(KafkaResource.bootstrapServers())) {
            for (int w = 1; w <= WORKOUTS_EACH; w++) {
                for (String runner : runners) {
                    IntakeRecords.publish(kafka, IntakeRecords.workout(runner, runner + "-w" + w));
                }
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> ledger.entries().stream()
                    .filter(entry -> entry.runnerId().startsWith("copies-")).count() >= (long) RUNNERS * WORKOUTS_EACH);
        } finally {
            ledger.holdEachBatch(0);
        }

        List<Ledger.Entry> applied = ledger.entries().stream().filter(entry -> entry.runnerId().startsWith("copies-")).toList();
        assertThat(applied).as("each workout applied once").hasSize(RUNNERS * WORKOUTS_EACH);
        assertThat(applied.stream().map(Ledger.Entry::eventId).distinct()).hasSize(RUNNERS * WORKOUTS_EACH);
        for (String runner : runners) {
            List<String> expected = new ArrayList<>();
            for (int w = 1; w <= WORKOUTS_EACH; w++) {
                expected.add(runner + "-w" + w);
            }
            assertThat(applied.stream().filter(entry -> entry.runnerId().equals(runner)).map(Ledger.Entry::workoutId))
                    .as(runner + ": in the order published").containsExactlyElementsOf(expected);
        }
        assertThat(consumer.mostAtOnce()).as("the two copies handled batches at the same time").isGreaterThanOrEqualTo(2);
    }
}
