package dev.runstrength.infra;

import java.util.HashMap;
import java.util.Map;

/**
 * One Kafka broker and one PostgreSQL server for the whole JVM, started on first use and stopped when
 * the JVM exits. Test classes and Quarkus restarts share them instead of paying a start each.
 * Only strings cross this class's boundary, so it can be called reflectively from another class loader.
 */
public final class SharedServers {

    private static KafkaBroker kafka;
    private static final Map<String, KafkaBroker> TUNED = new HashMap<>();
    private static PostgresServer postgres;

    private SharedServers() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            KafkaBroker broker = KafkaBroker.start(KafkaBroker.Options.defaults());
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "shared-kafka-stop"));
            kafka = broker;
        }
        return kafka.bootstrapServers();
    }

    /**
     * A broker of its own for tests that need other broker settings ({@code "message.max.bytes=16384"},
     * several separated by commas): one per distinct setting list, started on first use. A blank list is
     * the ordinary shared broker.
     */
    public static synchronized String kafkaBootstrapServers(String brokerProperties) {
        if (brokerProperties == null || brokerProperties.isBlank()) {
            return kafkaBootstrapServers();
        }
        KafkaBroker broker = TUNED.get(brokerProperties);
        if (broker == null) {
            KafkaBroker.Options options = KafkaBroker.Options.defaults();
            for (String setting : brokerProperties.split(",")) {
                String[] pair = setting.split("=", 2);
                if (pair.length != 2 || pair[0].isBlank()) {
                    throw new IllegalArgumentException("broker setting \"" + setting + "\" is not key=value");
                }
                options = options.withProperty(pair[0].trim(), pair[1].trim());
            }
            KafkaBroker started = KafkaBroker.start(options);
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "tuned-kafka-stop"));
            TUNED.put(brokerProperties, started);
            broker = started;
        }
        return broker.bootstrapServers();
    }

    /** The JDBC URL of the shared server's maintenance database, {@code postgres}. */
    public static synchronized String postgresServerUrl() {
        if (postgres == null) {
            postgres = PostgresServer.start(PostgresServer.Options.defaults());
        }
        return postgres.jdbcUrl("postgres");
    }
}
