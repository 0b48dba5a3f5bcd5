package dev.runstrength.planner.messaging;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.infra.KafkaProbe;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Progression updates as tracking-service publishes them on tracking.progressions. */
public final class ProgressionRecords {

    private ProgressionRecords() {
    }

    public static ObjectNode update(String runnerId, String workoutId, Instant updatedAt) {
        ObjectNode update = ContractJson.mapper().createObjectNode()
                .put("runnerId", runnerId)
                .put("workoutId", workoutId)
                .put("updatedAt", updatedAt.toString());
        update.putArray("changes");
        update.putObject("adherence").put("plannedSessions", 2).put("completedSessions", 2).put("rate", 1.0)
                .put("streakWeeks", 1);
        update.putArray("flags");
        return update;
    }

    public static ObjectNode change(ObjectNode update, String decision, String fromId, int fromSets, int fromReps,
                                    String toId, int toSets, int toReps, String reason) {
        ObjectNode change = ((ArrayNode) update.get("changes")).addObject()
                .put("exerciseId", fromId).put("decision", decision).put("reason", reason);
        change.set("from", prescription(fromId, fromSets, fromReps));
        change.set("to", prescription(toId, toSets, toReps));
        return update;
    }

    public static ObjectNode painFlag(ObjectNode update, String area) {
        ((ArrayNode) update.get("flags")).addObject().put("type", "PAIN").put("area", area)
                .put("message", "Pain 5/10 in the " + area.toLowerCase() + ": hold and watch it.");
        return update;
    }

    /** A flag without an area, such as ASYMMETRY or OVERREACHING. */
    public static ObjectNode flag(ObjectNode update, String type) {
        ((ArrayNode) update.get("flags")).addObject().put("type", type).putNull("area")
                .put("message", type + " raised by tracking.");
        return update;
    }

    private static ObjectNode prescription(String id, int sets, int reps) {
        ObjectNode p = ContractJson.mapper().createObjectNode().put("exerciseId", id).put("sets", sets).put("reps", reps);
        p.putNull("holdSeconds");
        p.putNull("loadKg");
        return p;
    }

    /** CloudEvents binary mode, as the outbox relays it. */
    public static RecordMetadata send(KafkaProbe kafka, String key, String eventId, String data) {
        return kafka.produce(Topics.TRACKING_PROGRESSIONS, key, data.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_source", "urn:runstrength:tracking-service",
                "ce_type", EventKind.PROGRESSION_UPDATED.type(),
                "ce_time", Instant.now().toString(),
                "content-type", "application/json"));
    }
}
