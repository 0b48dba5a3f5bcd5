package dev.runstrength.dlq;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Reads a whole topic as it is when the read starts: every partition from its beginning up to the end
 * offset taken first, so records arriving meanwhile wait for the next run. Joins no consumer group and
 * commits nothing, so reading a dead-letter topic never moves anyone's offsets.
 */
final class TopicSnapshot {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(120);

    private TopicSnapshot() {
    }

    /** The topic's partitions; empty when the topic does not exist. */
    static List<TopicPartition> partitions(KafkaSettings settings, Admin admin, String topic) {
        try {
            TopicDescription description = admin.describeTopics(Set.of(topic)).allTopicNames()
                    .get(60, TimeUnit.SECONDS).get(topic);
            return description.partitions().stream().map(info -> new TopicPartition(topic, info.partition())).toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return List.of();
            }
            throw unreachable(settings, "describe topic " + topic, e.getCause());
        } catch (TimeoutException e) {
            throw unreachable(settings, "describe topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DlqException("interrupted while describing topic " + topic, e);
        }
    }

    /** Every topic name on the cluster (internal ones left out). */
    static Set<String> topicNames(KafkaSettings settings, Admin admin) {
        try {
            return admin.listTopics().names().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw unreachable(settings, "list topics", e.getCause());
        } catch (TimeoutException e) {
            throw unreachable(settings, "list topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DlqException("interrupted while listing topics", e);
        }
    }

    static List<ConsumerRecord<byte[], byte[]>> read(KafkaSettings settings, List<TopicPartition> partitions) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        if (partitions.isEmpty()) {
            return records;
        }
        try (KafkaConsumer<byte[], byte[]> consumer = settings.consumer()) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // read_committed: the end is the last stable offset, so an open transaction is not waited for
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!reachedEnd(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new DlqException("could not read " + partitions.get(0).topic() + " to its end within "
                            + READ_TIMEOUT.toSeconds() + " s (ends " + ends + ")");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw unreachable(settings, "read " + partitions.get(0).topic(), e);
        }
        return records;
    }

    private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        // position(), not the last offset read: transaction markers take offsets too and are never returned
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    static DlqException unreachable(KafkaSettings settings, String what, Throwable cause) {
        return new DlqException("could not " + what + " on " + settings.bootstrapServers() + ": " + cause, cause);
    }
}
