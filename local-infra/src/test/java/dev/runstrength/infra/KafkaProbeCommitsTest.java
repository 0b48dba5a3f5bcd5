package dev.runstrength.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** When a consumer group counts as caught up with a topic. */
class KafkaProbeCommitsTest {

    private static final TopicPartition P0 = new TopicPartition("catalog.exercises", 0);
    private static final TopicPartition P1 = new TopicPartition("catalog.exercises", 1);

    @Test
    void caughtUpWhenEveryPartitionIsCommittedToItsEnd() {
        assertThat(KafkaProbe.committedUpTo(Map.of(P0, 40L, P1, 37L), Map.of(P0, 40L, P1, 37L))).isTrue();
    }

    @Test
    void notCaughtUpWhileAPartitionLagsOrWasNeverCommitted() {
        assertThat(KafkaProbe.committedUpTo(Map.of(P0, 40L, P1, 37L), Map.of(P0, 40L, P1, 36L))).isFalse();
        assertThat(KafkaProbe.committedUpTo(Map.of(P0, 40L, P1, 37L), Map.of(P0, 40L))).isFalse();
    }

    @Test
    void anEmptyPartitionNeedsNoCommit() {
        assertThat(KafkaProbe.committedUpTo(Map.of(P0, 40L, P1, 0L), Map.of(P0, 40L))).isTrue();
    }
}
