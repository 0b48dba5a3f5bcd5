package dev.runstrength.system;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.DeadLetterHeaders;
import dev.runstrength.contracts.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What came out while a fault scenario ran, read on a thread of its own from the output topics and the
 * DLQs, from their end offsets at the start: each plan by the profile change it answers, each
 * progression update by its workout, each dead letter by the record it holds, every one with the
 * CloudEvents ids it came with and when it was first seen.
 */
final class FaultOutcomes implements AutoCloseable {

    static final List<String> DLQS = List.of(Topics.dlq(Topics.RUNNER_PROFILES), Topics.dlq(Topics.WORKOUTS_COMPLETED),
            Topics.dlq(Topics.PLANNER_PLANS), Topics.dlq(Topics.TRACKING_PROGRESSIONS));

    /** An output: the CloudEvents ids it was published under, its distinct contents, when it was first seen. */
    static final class Output {
        final Set<String> eventIds = ConcurrentHashMap.newKeySet();
        final Set<String> contents = ConcurrentHashMap.newKeySet();
        volatile long firstSeen;
        volatile int records;
    }

    /** A dead letter: its key, cause, reason. */
    record DeadLetter(String key, String cause, String reason) {
    }

    private final String run;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private final Map<String, Output> plans = new ConcurrentHashMap<>();
    private final Map<String, Output> progressions = new ConcurrentHashMap<>();
    private final Map<String, List<DeadLetter>> deadLetters = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    FaultOutcomes(RunningSystem system, String run) {
        this.run = run;
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "fault-outcomes-" + UUID.randomUUID());
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = new ArrayList<>();
        List<String> topics = new ArrayList<>(List.of(Topics.PLANNER_PLANS, Topics.TRACKING_PROGRESSIONS));
        topics.addAll(DLQS);
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixed now, before the load sends anything
        thread = new Thread(this::loop, "fault-outcomes-" + run);
        thread.start();
    }

    private void loop() {
        while (running) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                take(record);
            }
        }
        consumer.close(Duration.ofSeconds(5));
    }

    private void take(ConsumerRecord<String, byte[]> record) {
        long now = System.nanoTime();
        String topic = record.topic();
        if (DLQS.contains(topic)) {
            String source = Backend.header(record, DeadLetterHeaders.TOPIC) + "/" + Backend.header(record, DeadLetterHeaders.PARTITION)
                    + "@" + Backend.header(record, DeadLetterHeaders.OFFSET);
            if (record.key() == null || record.key().startsWith(run)) {
                deadLetters.computeIfAbsent(source, s -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(new DeadLetter(record.key(),
                        Backend.header(record, DeadLetterHeaders.CAUSE), Backend.header(record, DeadLetterHeaders.REASON)));
            }
            return;
        }
        if (record.key() == null || !record.key().startsWith(run)) {
            return;
        }
        JsonNode data = Backend.data(record);
        String subject = topic.equals(Topics.PLANNER_PLANS)
                ? subject(record.key(), data.path("basedOn").path("profileUpdatedAt").asText())
                : subject(record.key(), data.path("workoutId").asText());
        Output output = (topic.equals(Topics.PLANNER_PLANS) ? plans : progressions).computeIfAbsent(subject, s -> {
            Output fresh = new Output();
            fresh.firstSeen = now;
            return fresh;
        });
        output.eventIds.add(Backend.header(record, "ce_id"));
        output.contents.add(withoutVolatileFields(data));
        output.records++;
    }

    /** The content of an output, without what differs between two publications of the same decision. */
    private static String withoutVolatileFields(JsonNode data) {
        JsonNode copy = data.deepCopy();
        if (copy.isObject()) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove(List.of("planId", "generatedAt", "updatedAt"));
        }
        return copy.toString();
    }

    /** How a plan is matched with its profile change: runner and the profile's updatedAt as an instant. */
    static String subject(String runnerId, String value) {
        try {
            return runnerId + "|" + Instant.parse(value);
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return runnerId + "|" + value;
        }
    }

    Map<String, Output> plans() {
        return plans;
    }

    Map<String, Output> progressions() {
        return progressions;
    }

    /** Dead letters by the position of the record they hold: {@code topic/partition@offset}. */
    Map<String, List<DeadLetter>> deadLetters() {
        return deadLetters;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }
}
