package dev.runstrength.planner.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.infra.ContractTopics;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.quarkus.KafkaResource;
import dev.runstrength.replica.SeedExercises;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A broker of its own on which, before the planner starts, a catalogue of {@value #EXERCISES} exercises
 * and the profiles of {@value #RUNNERS} runners are already waiting: a fresh deployment's first start.
 */
public class CatalogueBeforeStart implements QuarkusTestResourceLifecycleManager {

    /** Any setting the shared broker lacks gives this test a broker, and so topics, of its own. */
    public static final String BROKER = "group.initial.rebalance.delay.ms=0";
    public static final int EXERCISES = 300;
    public static final int RUNNERS = 5;
    public static final List<String> RUNNER_IDS = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        String bootstrap = KafkaResource.bootstrapServers(BROKER);
        dev.runstrength.infra.Topics.create(bootstrap, ContractTopics.all(ContractTopics.DEFAULT_PARTITIONS));
        try (KafkaProbe kafka = new KafkaProbe(bootstrap)) {
            List<ObjectNode> seed = SeedExercises.events();
            for (int i = 0; i < EXERCISES; i++) {
                ObjectNode exercise = seed.get(i % seed.size()).deepCopy();
                String id = "c" + i + "-" + exercise.path("id").asText();
                exercise.put("id", id.length() > 64 ? id.substring(0, 64).replaceAll("-+$", "") : id);
                publish(kafka, Topics.CATALOG_EXERCISES, EventKind.EXERCISE_UPSERTED, exercise.path("id").asText(),
                        exercise.toString());
            }
            Instant at = Instant.parse("2026-11-22T08:00:00Z");
            for (int i = 0; i < RUNNERS; i++) {
                String runnerId = ProfileRecords.newRunnerId("waiting");
                RUNNER_IDS.add(runnerId);
                ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                        ProfileRecords.profile(runnerId, at).toString());
            }
        }
        return Map.of();
    }

    private static void publish(KafkaProbe kafka, String topic, EventKind kind, String key, String data) {
        kafka.produce(topic, key, data.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(),
                "ce_source", "urn:runstrength:catalog-service",
                "ce_type", kind.type(),
                "ce_time", Instant.now().toString(),
                "content-type", "application/json"));
    }

    @Override
    public void stop() {
    }
}
