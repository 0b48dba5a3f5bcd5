package dev.runstrength.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/** Decides whether an environment variable is something a service actually reads. */
final class ConfigKeys {

    /** Read by the JVM itself rather than by the application's configuration. */
    static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    /**
     * Quarkus extensions whose configuration the manifests set without the services'
     * application.properties naming it, and the extension in the services' pom that brings each in.
     * This module has their runtime jars (without dependencies) on its test class path only to read
     * the configuration model Quarkus publishes in them (META-INF/quarkus-config-doc).
     */
    static final Map<String, String> QUARKUS_EXTENSIONS = Map.of(
            "quarkus-vertx-http", "quarkus-rest-jackson",
            "quarkus-swagger-ui", "quarkus-smallrye-openapi");

    /** A Quarkus configuration property as its extension's configuration model describes it. */
    record QuarkusProperty(String property, String environmentVariable, String phase, String extension) {

        boolean fixedAtBuild() {
            return phase.equals("BUILD_AND_RUN_TIME_FIXED");
        }
    }

    private static final Set<String> KAFKA_CLIENT_KEYS = new TreeSet<>();
    private static final Map<String, QuarkusProperty> QUARKUS_BY_VARIABLE = new TreeMap<>();

    static {
        KAFKA_CLIENT_KEYS.addAll(ConsumerConfig.configNames());
        KAFKA_CLIENT_KEYS.addAll(ProducerConfig.configNames());
        KAFKA_CLIENT_KEYS.addAll(AdminClientConfig.configNames());
        loadQuarkusModels();
    }

    private ConfigKeys() {
    }

    /**
     * Quarkus hands every {@code KAFKA_*} variable, lower-cased with dots for underscores, to the
     * default Kafka configuration that the connector, the health check and the outbox relay share; a
     * variable only counts if the result is a real Kafka client setting. A {@code QUARKUS_*} variable
     * counts when the service's own configuration names it, or when it is a property (read at run
     * time, or fixed at build time and checked at start) of a Quarkus extension the service has.
     */
    static boolean isRead(ServiceConfig service, String variable) {
        if (JVM_VARIABLES.contains(variable)) {
            return true;
        }
        if (variable.startsWith("KAFKA_")) {
            return KAFKA_CLIENT_KEYS.contains(kafkaKey(variable));
        }
        if (service.readsEnvironmentVariable(variable)) {
            return true;
        }
        return quarkusProperty(variable)
                .filter(p -> p.phase().equals("RUN_TIME") || p.fixedAtBuild())
                .filter(p -> service.pom().contains("<artifactId>" + QUARKUS_EXTENSIONS.get(p.extension()) + "</artifactId>"))
                .isPresent();
    }

    static Optional<QuarkusProperty> quarkusProperty(String variable) {
        return Optional.ofNullable(QUARKUS_BY_VARIABLE.get(variable));
    }

    static Set<String> quarkusExtensionsRead() {
        Set<String> extensions = new TreeSet<>();
        QUARKUS_BY_VARIABLE.values().forEach(p -> extensions.add(p.extension()));
        return extensions;
    }

    static String kafkaKey(String variable) {
        return variable.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    private static void loadQuarkusModels() {
        ObjectMapper json = new ObjectMapper();
        try {
            for (URL url : Collections.list(ConfigKeys.class.getClassLoader()
                    .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json"))) {
                try (InputStream in = url.openStream()) {
                    for (JsonNode root : json.readTree(in).path("configRoots")) {
                        String extension = root.path("extension").path("artifactId").asText();
                        if (QUARKUS_EXTENSIONS.containsKey(extension)) {
                            collect(root, extension);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, String extension) {
        if (node.isObject() && node.path("path").isObject() && node.has("phase")) {
            JsonNode path = node.get("path");
            QuarkusProperty property = new QuarkusProperty(path.path("property").asText(),
                    path.path("environmentVariable").asText(), node.path("phase").asText(), extension);
            QUARKUS_BY_VARIABLE.put(property.environmentVariable(), property);
        }
        node.elements().forEachRemaining(child -> collect(child, extension));
    }
}
