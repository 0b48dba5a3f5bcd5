package dev.runstrength.deploy;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/** Decides whether an environment variable is something a service actually reads. */
final class ConfigKeys {

    /** Read by the JVM itself rather than by the application's configuration. */
    static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    private static final Set<String> KAFKA_CLIENT_KEYS = new TreeSet<>();

    static {
        KAFKA_CLIENT_KEYS.addAll(ConsumerConfig.configNames());
        KAFKA_CLIENT_KEYS.addAll(ProducerConfig.configNames());
        KAFKA_CLIENT_KEYS.addAll(AdminClientConfig.configNames());
    }

    private ConfigKeys() {
    }

    /**
     * Quarkus hands every {@code KAFKA_*} variable, lower-cased with dots for underscores, to the
     * default Kafka configuration that the connector, the health check and the outbox relay share; a
     * variable only counts if the result is a real Kafka client setting.
     */
    static boolean isRead(ServiceConfig service, String variable) {
        if (JVM_VARIABLES.contains(variable)) {
            return true;
        }
        if (variable.startsWith("KAFKA_")) {
            return KAFKA_CLIENT_KEYS.contains(kafkaKey(variable));
        }
        return service.readsEnvironmentVariable(variable);
    }

    static String kafkaKey(String variable) {
        return variable.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
