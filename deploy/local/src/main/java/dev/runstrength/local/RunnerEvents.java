package dev.runstrength.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.infra.KafkaProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * One runner's events on the broker, seen the way a running app's backend sees them: publishes
 * CloudEvents in binary mode keyed by the runner id, and reads a topic from its start for the first
 * event of this runner that matches.
 */
final class RunnerEvents {

    private final KafkaProbe probe;
    private final String runnerId;

    RunnerEvents(KafkaProbe probe, String runnerId) {
        this.probe = probe;
        this.runnerId = runnerId;
    }

    RecordMetadata publish(String topic, String type, Instant time, Object data) {
        try {
            byte[] value = data instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                    : ContractJson.mapper().writeValueAsBytes(data);
            return probe.produce(topic, runnerId, value, Map.of(
                    "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "urn:runstrength:demo",
                    "ce_type", type, "ce_time", time.toString(), "content-type", "application/json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first event of this runner on {@code topic} whose data matches, read as {@code type}. */
    <T> Optional<Found<T>> await(String topic, Class<T> type, Predicate<JsonNode> matches, Duration timeout) {
        Predicate<ConsumerRecord<String, byte[]>> mine = r -> runnerId.equals(r.key()) && r.value() != null
                && matches.test(tree(r.value()));
        List<ConsumerRecord<String, byte[]>> read = probe.consume(topic, records -> records.stream().anyMatch(mine), timeout);
        return read.stream().filter(mine).findFirst().map(r -> new Found<>(read(r.value(), type), r.partition(), r.offset()));
    }

    /** Waits until {@code group} has committed past the record, so the service has applied it. */
    boolean awaitConsumed(String group, String topic, int partition, long offset, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        TopicPartition tp = new TopicPartition(topic, partition);
        while (System.nanoTime() < deadline) {
            Long committed = probe.committedOffsets(group).get(tp);
            if (committed != null && committed > offset) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    /**
     * Waits until {@code group} has committed up to the end of {@code topic} as it is now: a service
     * that reports ready may still be reading the catalogue, and a plan drafted meanwhile would be
     * drawn from part of it.
     */
    boolean awaitCaughtUp(String group, String topic, Duration timeout) throws InterruptedException {
        Map<TopicPartition, Long> ends = probe.endOffsets(topic);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (probe.hasCommittedUpTo(group, ends)) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    record Found<T>(T data, int partition, long offset) {
    }

    /** A record value as a JSON tree; a missing node when it is not JSON. */
    static JsonNode tree(byte[] value) {
        try {
            return ContractJson.mapper().readTree(value);
        } catch (IOException e) {
            return ContractJson.mapper().missingNode();
        }
    }

    /** A record value read as a contract record. */
    static <T> T read(byte[] value, Class<T> type) {
        try {
            return ContractJson.mapper().readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + type.getSimpleName(), e);
        }
    }
}
