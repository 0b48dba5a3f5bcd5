package dev.runstrength.replica;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.infra.KafkaProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The seed catalogue on {@code catalog.exercises} the way catalog-service publishes it (CloudEvents binary
 * mode, key = exercise id), for the tests of the services that keep a {@link CatalogReplica}.
 */
public final class SeedCatalogueFeed {

    private static boolean published;

    private SeedCatalogueFeed() {
    }

    /** Publishes the seed once per test JVM and waits until {@code replica} holds every exercise of it. */
    public static void ensureSeeded(KafkaProbe kafka, CatalogReplica replica) {
        List<ObjectNode> events = SeedExercises.events();
        publishOnce(kafka, events);
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                events.stream().allMatch(e -> replica.find(e.path("id").asText()).isPresent())));
    }

    /** Publishes the retirement of an exercise at {@code version}. */
    public static void retire(KafkaProbe kafka, String exerciseId, int version) {
        ObjectNode data = ContractJson.mapper().createObjectNode()
                .put("id", exerciseId).put("version", version).put("retiredAt", Instant.now().toString());
        publish(kafka, EventKind.EXERCISE_RETIRED, exerciseId, "retired-" + exerciseId + "-v" + version, data.toString());
    }

    private static synchronized void publishOnce(KafkaProbe kafka, List<ObjectNode> events) {
        if (published) {
            return;
        }
        for (ObjectNode exercise : events) {
            String id = exercise.path("id").asText();
            publish(kafka, EventKind.EXERCISE_UPSERTED, id, "seed-" + id + "-v" + exercise.path("version").asInt(),
                    exercise.toString());
        }
        published = true;
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
