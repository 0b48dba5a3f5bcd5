package dev.runstrength.system;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.infra.KafkaProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

import static org.awaitility.Awaitility.await;

/**
 * What a running-app backend does with RunStrength's topics, with a plain Kafka client: publishes
 * binary-mode CloudEvents and reads the events the services publish.
 */
final class Backend implements AutoCloseable {

    static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaProbe kafka;

    Backend(RunningSystem system) {
        this.kafka = system.kafka();
    }

    KafkaProbe kafka() {
        return kafka;
    }

    /** Publishes one event with a new CloudEvents id; returns the id. */
    String publish(EventKind kind, String key, String json) {
        String id = UUID.randomUUID().toString();
        publish(kind, key, json, id);
        return id;
    }

    RecordMetadata publish(EventKind kind, String key, String json, String eventId) {
        return kafka.produce(kind.topic(), key, json.getBytes(StandardCharsets.UTF_8), headers(kind, eventId));
    }

    /** Sends a record again exactly as it was: same key, value and headers (a redelivery). */
    RecordMetadata redeliver(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return kafka.produce(record.topic(), record.key(), record.value(), headers);
    }

    static Map<String, String> headers(EventKind kind, String eventId) {
        return Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_source", "urn:runstrength:system-test",
                "ce_type", kind.type(), "content-type", "application/json");
    }

    /** Every record on the topic with this key, waiting until there are at least {@code count}. */
    List<ConsumerRecord<String, byte[]>> awaitEvents(String topic, String key, int count) {
        List<ConsumerRecord<String, byte[]>> records = kafka.consume(topic,
                read -> read.stream().filter(r -> key.equals(r.key())).count() >= count, EVENT_TIMEOUT)
                .stream().filter(r -> key.equals(r.key())).toList();
        if (records.size() < count) {
            throw new AssertionError("expected " + count + " records with key " + key + " on " + topic
                    + " within " + EVENT_TIMEOUT.toSeconds() + " s, found " + records.size());
        }
        return records;
    }

    /**
     * Waits for a record with this key and CloudEvents type: the key's earlier events (an exercise's
     * upserts) are on the topic already, so a count of the key's records cannot tell a new one apart.
     */
    List<ConsumerRecord<String, byte[]>> awaitEventOfType(String topic, String key, EventKind kind) {
        List<ConsumerRecord<String, byte[]>> records = kafka.consume(topic,
                        read -> read.stream().anyMatch(r -> key.equals(r.key()) && kind.type().equals(header(r, "ce_type"))),
                        EVENT_TIMEOUT)
                .stream().filter(r -> key.equals(r.key())).toList();
        if (records.stream().noneMatch(r -> kind.type().equals(header(r, "ce_type")))) {
            throw new AssertionError("expected a " + kind.type() + " record with key " + key + " on " + topic
                    + " within " + EVENT_TIMEOUT.toSeconds() + " s");
        }
        return records;
    }

    /** Every record on the topic with this key, as the topic is now. */
    List<ConsumerRecord<String, byte[]>> events(String topic, String key) {
        return kafka.consumeAll(topic, EVENT_TIMEOUT).stream().filter(r -> key.equals(r.key())).toList();
    }

    List<ConsumerRecord<String, byte[]>> allEvents(String topic) {
        return kafka.consumeAll(topic, EVENT_TIMEOUT);
    }

    /** How many records the topic holds in all its partitions (its end offsets added up). */
    long size(String topic) {
        return kafka.endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Waits until the group has committed every record the topic holds now. */
    void awaitCaughtUp(String group, String topic) {
        Map<TopicPartition, Long> ends = kafka.endOffsets(topic);
        await().atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> kafka.hasCommittedUpTo(group, ends));
    }

    /**
     * Waits until tracking has read every plan published so far. A running app sends a planned
     * workout days after the plan; a test must wait the same way, or tracking meets a plan id it has not
     * read yet and judges the workout against the runner's current prescriptions instead.
     */
    void awaitPlansKnownToTracking() {
        awaitCaughtUp(ConsumerGroups.TRACKING_PLANS, Topics.PLANNER_PLANS);
    }

    static JsonNode data(ConsumerRecord<String, byte[]> record) {
        return json(new String(record.value(), StandardCharsets.UTF_8));
    }

    static JsonNode json(String text) {
        try {
            return ContractJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        kafka.close();
    }
}
