package dev.runstrength.platform.inbox;

import dev.runstrength.contracts.EventTypes;
import dev.runstrength.infra.KafkaProbe;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

/** Workout records for the intake's tests, built by hand or published to the test topic. */
final class IntakeRecords {

    private static final AtomicLong OFFSETS = new AtomicLong(5_000_000);

    private IntakeRecords() {
    }

    static String runner(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid workout in binary mode with a fresh event id. */
    static ConsumerRecord<String, byte[]> workout(String runnerId, String workoutId) {
        Instant at = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String data = "{\"workoutId\":\"" + workoutId + "\",\"runnerId\":\"" + runnerId + "\",\"completedAt\":\"" + at + "\","
                + "\"exercises\":[{\"exerciseId\":\"glute-bridge\",\"sets\":[{\"reps\":10,\"rpe\":6}]}]}";
        return record(runnerId, data.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(),
                "ce_source", "urn:test:running-app",
                "ce_type", EventTypes.WORKOUT_COMPLETED,
                "ce_time", at.toString(),
                "content-type", "application/json"));
    }

    /** A record of the test topic as a poll would hand it over, at an offset no other record here has. */
    static ConsumerRecord<String, byte[]> record(String key, byte[] value, Map<String, String> headers) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Ledger.TOPIC, 0, OFFSETS.incrementAndGet(), key, value);
        headers.forEach((name, text) -> record.headers().add(new RecordHeader(name, text.getBytes(StandardCharsets.UTF_8))));
        return record;
    }

    /** Publishes the record's key, value and headers to the test topic; its key picks the partition. */
    static void publish(KafkaProbe kafka, ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        kafka.produce(Ledger.TOPIC, record.key(), record.value(), headers);
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
