package dev.runstrength.planner.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.infra.KafkaProbe;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Runner profiles and the three record forms a running-app backend may send them in. */
public final class ProfileRecords {

    private ProfileRecords() {
    }

    public static String newRunnerId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** An intermediate runner with a band and dumbbells, two 40-minute sessions, plan from a fixed Monday. */
    public static ObjectNode profile(String runnerId, Instant updatedAt) {
        ObjectNode profile = ContractJson.mapper().createObjectNode()
                .put("runnerId", runnerId)
                .put("updatedAt", updatedAt.toString())
                .put("level", "INTERMEDIATE")
                .put("goal", "ENDURANCE")
                .put("weeklyRunningKm", 35)
                .put("sessionsPerWeek", 2)
                .put("minutesPerSession", 40)
                .put("startDate", "2026-11-23");
        profile.putArray("equipment").add("RESISTANCE_BAND").add("DUMBBELLS");
        profile.putArray("runDays")
                .add(ContractJson.mapper().createObjectNode().put("day", "TUESDAY").put("type", "HARD"))
                .add(ContractJson.mapper().createObjectNode().put("day", "THURSDAY").put("type", "EASY"))
                .add(ContractJson.mapper().createObjectNode().put("day", "SUNDAY").put("type", "LONG"));
        return profile;
    }

    /** CloudEvents binary mode: attributes in headers, value = data. */
    public static RecordMetadata sendBinary(KafkaProbe kafka, String key, String eventId, String data) {
        return kafka.produce(Topics.RUNNER_PROFILES, key, data.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_source", "urn:test:running-app",
                "ce_type", EventKind.RUNNER_PROFILE_UPDATED.type(),
                "ce_time", Instant.now().toString(),
                "content-type", "application/json"));
    }

    /** CloudEvents structured mode: the whole event as the value. */
    public static RecordMetadata sendStructured(KafkaProbe kafka, String key, String eventId, ObjectNode data) {
        ObjectNode event = ContractJson.mapper().createObjectNode()
                .put("specversion", "1.0")
                .put("id", eventId)
                .put("source", "urn:test:running-app")
                .put("type", EventKind.RUNNER_PROFILE_UPDATED.type())
                .put("time", Instant.now().toString())
                .put("datacontenttype", "application/json");
        event.set("data", data);
        return kafka.produce(Topics.RUNNER_PROFILES, key, event.toString().getBytes(StandardCharsets.UTF_8),
                Map.of("content-type", "application/cloudevents+json"));
    }

    /** No CloudEvents attributes at all: value = data. */
    public static RecordMetadata sendPlain(KafkaProbe kafka, String key, byte[] value) {
        return kafka.produce(Topics.RUNNER_PROFILES, key, value, Map.of());
    }
}
