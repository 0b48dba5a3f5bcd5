package dev.runstrength.tracking.messaging;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.contracts.cloudevents.CloudEventCodec;
import dev.runstrength.contracts.cloudevents.OutboundEvent;
import dev.runstrength.contracts.cloudevents.OutboundRecord;
import dev.runstrength.infra.KafkaProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Builds and sends the events a running app and the planner would send, and reads what tracking publishes
 * (the catalogue comes from the shared {@code SeedCatalogueFeed}).
 */
public final class TrackingEvents {

    public static final ObjectMapper JSON = ContractJson.mapper();
    private static final CloudEventCodec CODEC = new CloudEventCodec();
    private static final String APP_SOURCE = "urn:test:running-app";

    private TrackingEvents() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // ---- workouts -----------------------------------------------------------------------------

    public static ObjectNode workout(String runnerId, String workoutId, Instant completedAt, ObjectNode... exercises) {
        ObjectNode workout = JSON.createObjectNode();
        workout.put("workoutId", workoutId);
        workout.put("runnerId", runnerId);
        workout.put("completedAt", completedAt.toString());
        ArrayNode list = workout.putArray("exercises");
        for (ObjectNode exercise : exercises) {
            list.add(exercise);
        }
        return workout;
    }

    /** An exercise done in {@code sets} sets of {@code reps} reps, each at the given RPE. */
    public static ObjectNode performed(String exerciseId, int sets, int reps, double rpe) {
        ObjectNode performed = JSON.createObjectNode();
        performed.put("exerciseId", exerciseId);
        ArrayNode list = performed.putArray("sets");
        for (int i = 0; i < sets; i++) {
            ObjectNode set = list.addObject();
            set.put("reps", reps);
            set.put("rpe", rpe);
        }
        return performed;
    }

    /** A hold exercise done in {@code sets} holds of {@code seconds}, each at the given RPE. */
    public static ObjectNode held(String exerciseId, int sets, int seconds, double rpe) {
        ObjectNode performed = JSON.createObjectNode();
        performed.put("exerciseId", exerciseId);
        ArrayNode list = performed.putArray("sets");
        for (int i = 0; i < sets; i++) {
            list.addObject().put("holdSeconds", seconds).put("rpe", rpe);
        }
        return performed;
    }

    // ---- sending ------------------------------------------------------------------------------

    public static void produceBinary(KafkaProbe kafka, EventKind kind, String key, JsonNode data, String eventId) {
        OutboundRecord record = CODEC.encode(new OutboundEvent(kind, eventId, APP_SOURCE, Instant.now(), key, data));
        Map<String, String> headers = new LinkedHashMap<>();
        record.headers().forEach((name, value) -> headers.put(name, new String(value, StandardCharsets.UTF_8)));
        kafka.produce(record.topic(), key, record.value(), headers);
    }

    public static void produceStructured(KafkaProbe kafka, EventKind kind, String key, JsonNode data, String eventId) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", eventId);
        event.put("source", APP_SOURCE);
        event.put("type", kind.type());
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.set("data", data);
        kafka.produce(kind.topic(), key, bytes(event), Map.of("content-type", "application/cloudevents+json"));
    }

    public static void producePlain(KafkaProbe kafka, EventKind kind, String key, JsonNode data) {
        kafka.produce(kind.topic(), key, bytes(data), Map.of());
    }

    public static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---- reading ------------------------------------------------------------------------------

    /** Waits until {@code count} progression updates of the runner are on the topic; returns all of them. */
    public static List<ConsumerRecord<String, byte[]>> progressions(KafkaProbe kafka, String runnerId, int count) {
        List<ConsumerRecord<String, byte[]>> read = kafka.consume(Topics.TRACKING_PROGRESSIONS,
                records -> ofKey(records, runnerId).size() >= count, Duration.ofSeconds(30));
        return ofKey(read, runnerId);
    }

    /** What the topic holds for the key right now. */
    public static List<ConsumerRecord<String, byte[]>> allOf(KafkaProbe kafka, String topic, String key) {
        return ofKey(kafka.consumeAll(topic, Duration.ofSeconds(20)), key);
    }

    public static List<ConsumerRecord<String, byte[]>> ofKey(List<ConsumerRecord<String, byte[]>> records, String key) {
        return records.stream().filter(record -> key.equals(record.key())).toList();
    }

    public static JsonNode data(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
