package dev.runstrength.planner.messaging;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.replica.CatalogReplica;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes catalogue events the way catalog-service does (CloudEvents binary mode, key = id). */
public final class CatalogFeed {

    private static boolean seeded;

    private CatalogFeed() {
    }

    /** Publishes the seed catalogue once per test JVM and waits until the planner's replica holds all of it. */
    public static synchronized void ensureSeeded(KafkaProbe kafka, CatalogReplica replica) {
        if (seeded) {
            return;
        }
        List<ObjectNode> events = SeedExercises.events();
        for (ObjectNode exercise : events) {
            String id = exercise.path("id").asText();
            publish(kafka, EventKind.EXERCISE_UPSERTED, id, "seed-" + id + "-v" + exercise.path("version").asInt(),
                    exercise.toString());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                events.stream().allMatch(e -> replica.find(e.path("id").asText()).isPresent())));
        seeded = true;
    }

    public static void retire(KafkaProbe kafka, String exerciseId, int version) {
        ObjectNode data = ContractJson.mapper().createObjectNode()
                .put("id", exerciseId).put("version", version).put("retiredAt", Instant.now().toString());
        publish(kafka, EventKind.EXERCISE_RETIRED, exerciseId, "retired-" + exerciseId + "-v" + version, data.toString());
    }

    private static void publish(KafkaProbe kafka, EventKind kind, String key, String eventId, String data) {
        kafka.produce(Topics.CATALOG_EXERCISES, key, data.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId + "-" + UUID.randomUUID(),
                "ce_source", "urn:runstrength:catalog-service",
                "ce_type", kind.type(),
                "ce_time", Instant.now().toString(),
                "content-type", "application/json"));
    }
}
