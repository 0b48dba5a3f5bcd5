package dev.runstrength.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The custom resources whose objects are checked against their CRD's own schema (kept under
 * src/test/resources/crds, see the README there for where each comes from): Strimzi's
 * kafka.strimzi.io/v1 (the Java model of Strimzi 0.51, the last on Java 17, also reads fields only
 * v1beta2 had), CloudNativePG and KEDA (no Java model at all), and Prometheus Operator's PrometheusRule
 * (its fabric8 model reads any field).
 */
final class CrdSchemas {

    static final Map<String, String> BY_KIND = Map.of(
            "kafka.strimzi.io/v1/Kafka", "kafka.strimzi.io-kafkas.json",
            "kafka.strimzi.io/v1/KafkaNodePool", "kafka.strimzi.io-kafkanodepools.json",
            "kafka.strimzi.io/v1/KafkaTopic", "kafka.strimzi.io-kafkatopics.json",
            "kafka.strimzi.io/v1/KafkaUser", "kafka.strimzi.io-kafkausers.json",
            "postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io-clusters.json",
            "postgresql.cnpg.io/v1/Database", "postgresql.cnpg.io-databases.json",
            "postgresql.cnpg.io/v1/ScheduledBackup", "postgresql.cnpg.io-scheduledbackups.json",
            "keda.sh/v1alpha1/ScaledObject", "keda.sh-scaledobjects.json",
            "keda.sh/v1alpha1/TriggerAuthentication", "keda.sh-triggerauthentications.json",
            "monitoring.coreos.com/v1/PrometheusRule", "monitoring.coreos.com-prometheusrules.json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> LOADED = new ConcurrentHashMap<>();

    private CrdSchemas() {
    }

    static Optional<JsonNode> schemaOf(JsonNode object) {
        String file = BY_KIND.get(TypedModels.kindOf(object));
        return file == null ? Optional.empty() : Optional.of(LOADED.computeIfAbsent(file, CrdSchemas::load));
    }

    /** What the schema of the object's kind refuses in it, each prefixed with the field's path. */
    static List<String> problems(JsonNode object) {
        JsonNode schema = schemaOf(object).orElseThrow(() -> new AssertionError("no CRD schema for " + TypedModels.describe(object)));
        return StructuralSchema.problems(object, schema);
    }

    private static JsonNode load(String file) {
        try (InputStream in = CrdSchemas.class.getResourceAsStream("/crds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource crds/" + file);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
