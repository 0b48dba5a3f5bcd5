package dev.runstrength.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class RunnerEventsTest {

    private static final TopicPartition P0 = new TopicPartition("catalog.exercises", 0);
    private static final TopicPartition P1 = new TopicPartition("catalog.exercises", 1);

    @Test
    void caughtUpWhenEveryPartitionIsCommittedToItsEnd() {
        assertThat(RunnerEvents.caughtUp(Map.of(P0, 40L, P1, 37L), Map.of(P0, 40L, P1, 37L))).isTrue();
    }

    @Test
    void notCaughtUpWhileAPartitionLagsOrWasNeverCommitted() {
        assertThat(RunnerEvents.caughtUp(Map.of(P0, 40L, P1, 37L), Map.of(P0, 40L, P1, 36L))).isFalse();
        assertThat(RunnerEvents.caughtUp(Map.of(P0, 40L, P1, 37L), Map.of(P0, 40L))).isFalse();
    }

    @Test
    void anEmptyPartitionNeedsNoCommit() {
        assertThat(RunnerEvents.caughtUp(Map.of(P0, 40L, P1, 0L), Map.of(P0, 40L))).isTrue();
    }
}
