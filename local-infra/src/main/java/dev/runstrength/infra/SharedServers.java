package dev.runstrength.infra;

/**
 * One Kafka broker and one PostgreSQL server for the whole JVM, started on first use and stopped when
 * the JVM exits. Test classes and Quarkus restarts share them instead of paying a start each.
 * Only strings cross this class's boundary, so it can be called reflectively from another class loader.
 */
public final class SharedServers {

    private static KafkaBroker kafka;
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

    /** The JDBC URL of the shared server's maintenance database, {@code postgres}. */
    public static synchronized String postgresServerUrl() {
        if (postgres == null) {
            postgres = PostgresServer.start(PostgresServer.Options.defaults());
        }
        return postgres.jdbcUrl("postgres");
    }
}
