package dev.runstrength.dlq;

import java.util.List;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/** A dead-letter topic read whole, in partition then offset order. */
final class DeadLetterTopic {

    private DeadLetterTopic() {
    }

    static List<DeadLetter> read(KafkaSettings settings, Admin admin, String topic) {
        return TopicSnapshot.read(settings, requireExists(settings, admin, topic)).stream()
                .map(DeadLetter::of)
                .sorted((a, b) -> a.position().compareTo(b.position()))
                .toList();
    }

    /** The topic's partitions; an error naming the topic when it does not exist. */
    static List<TopicPartition> requireExists(KafkaSettings settings, Admin admin, String topic) {
        List<TopicPartition> partitions = TopicSnapshot.partitions(settings, admin, topic);
        if (partitions.isEmpty()) {
            throw new DlqException("topic " + topic + " does not exist on " + settings.bootstrapServers()
                    + " (dead-letter topics are named <topic>.dlq, e.g. workouts.completed.dlq)");
        }
        return partitions;
    }
}
