package dev.runstrength.dlq;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * What has been replayed from one dead-letter topic, kept on the cluster itself in the compacted topic
 * {@code <dlq-topic>.replayed}: one record per replayed dead letter, key {@code partition:offset} of the
 * dead letter, value where it went and when. The tool writes a mark in the same Kafka transaction as the
 * re-published record, so a dead letter is marked exactly when its replay was committed, and a mark is
 * never removed (compaction keeps the last one per key, and there is only ever one).
 */
final class ReplayLog {

    static final String SUFFIX = ".replayed";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where a dead letter went when it was replayed. */
    record Mark(String topic, int partition, long offset, String replayedAt) {

        @Override
        public String toString() {
            return topic + "/" + partition + "@" + offset + " at " + replayedAt;
        }
    }

    private ReplayLog() {
    }

    static String topicFor(String dlqTopic) {
        return dlqTopic + SUFFIX;
    }

    /** The marks written so far; none when the log topic does not exist yet. */
    static Map<DlqPosition, Mark> read(KafkaSettings settings, Admin admin, String dlqTopic) {
        List<TopicPartition> partitions = TopicSnapshot.partitions(settings, admin, topicFor(dlqTopic));
        Map<DlqPosition, Mark> marks = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : TopicSnapshot.read(settings, partitions)) {
            Optional<DlqPosition> position = position(record.key());
            if (position.isEmpty()) {
                continue;
            }
            if (record.value() == null) {
                // a tombstone: an operator took the mark back on purpose, so the dead letter may go again
                marks.remove(position.get());
            } else {
                marks.put(position.get(), parse(record.value()).orElse(new Mark("?", -1, -1, "?")));
            }
        }
        return marks;
    }

    /**
     * Creates the log topic when it is missing: one partition (the marks are few and read whole),
     * compacted, the cluster's default replication factor.
     */
    static void ensureExists(KafkaSettings settings, Admin admin, String dlqTopic) {
        String topic = topicFor(dlqTopic);
        NewTopic newTopic = new NewTopic(topic, Optional.of(1), Optional.empty())
                .configs(Map.of("cleanup.policy", "compact"));
        try {
            admin.createTopics(Set.of(newTopic)).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new DlqException("could not create " + topic + " on " + settings.bootstrapServers()
                        + " (the tool records its replays there; create it compacted, or grant the tool CREATE on it): "
                        + e.getCause(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw TopicSnapshot.unreachable(settings, "create " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DlqException("interrupted while creating " + topic, e);
        }
    }

    static ProducerRecord<byte[], byte[]> mark(String dlqTopic, DlqPosition replayed, RecordMetadata sent, Instant at) {
        ObjectNode value = JSON.createObjectNode()
                .put("topic", sent.topic())
                .put("partition", sent.partition())
                .put("offset", sent.offset())
                .put("replayedAt", at.toString());
        return new ProducerRecord<>(topicFor(dlqTopic), replayed.toString().getBytes(StandardCharsets.UTF_8),
                value.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<DlqPosition> position(byte[] key) {
        if (key == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(DlqPosition.parse(new String(key, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Mark> parse(byte[] value) {
        try {
            JsonNode node = JSON.readTree(value);
            return Optional.of(new Mark(node.path("topic").asText("?"), node.path("partition").asInt(-1),
                    node.path("offset").asLong(-1), node.path("replayedAt").asText("?")));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
