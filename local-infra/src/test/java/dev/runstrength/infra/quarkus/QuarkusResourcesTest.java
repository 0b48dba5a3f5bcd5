package dev.runstrength.infra.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import dev.runstrength.infra.Databases;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.Topics;
import org.junit.jupiter.api.Test;

class QuarkusResourcesTest {

    @Test
    void kafkaResourceCreatesTheContractTopicsWithTheirDeadLetterTwins() {
        KafkaResource resource = new KafkaResource();
        resource.init(Map.of());

        Map<String, String> config = resource.start();

        String bootstrap = config.get("kafka.bootstrap.servers");
        assertThat(bootstrap).isEqualTo(KafkaResource.bootstrapServers());
        assertThat(Topics.names(bootstrap)).contains(
                "catalog.exercises", "runner.profiles", "planner.plans", "workouts.completed", "tracking.progressions",
                "catalog.exercises.dlq", "runner.profiles.dlq", "planner.plans.dlq", "workouts.completed.dlq",
                "tracking.progressions.dlq");
        try (KafkaProbe probe = new KafkaProbe(bootstrap)) {
            assertThat(probe.topicConfig("catalog.exercises", "cleanup.policy")).isEqualTo("compact");
            assertThat(probe.topicConfig("catalog.exercises.dlq", "cleanup.policy")).isEqualTo("delete");
            assertThat(probe.partitionCount("runner.profiles")).isEqualTo(3);
        }
    }

    @Test
    void kafkaResourceSharesOneBrokerAcrossStartsAndKeepsItAfterStop() {
        KafkaResource first = new KafkaResource();
        first.init(Map.of(KafkaResource.TOPICS, "resource-test.events,resource-test.state:compact", KafkaResource.PARTITIONS, "2"));
        String firstAddress = first.start().get("kafka.bootstrap.servers");
        first.stop();
        KafkaResource second = new KafkaResource();
        second.init(Map.of());
        String secondAddress = second.start().get("kafka.bootstrap.servers");

        assertThat(secondAddress).isEqualTo(firstAddress);
        try (KafkaProbe probe = new KafkaProbe(secondAddress)) {
            assertThat(probe.partitionCount("resource-test.events")).isEqualTo(2);
            assertThat(probe.partitionCount("resource-test.events.dlq")).isEqualTo(2);
            assertThat(probe.topicConfig("resource-test.state", "cleanup.policy")).isEqualTo("compact");
            probe.produce("resource-test.events", "k", "still up after stop()");
            assertThat(probe.consume("resource-test.events", read -> !read.isEmpty(), Duration.ofSeconds(30)))
                    .extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                    .containsExactly("still up after stop()");
        }
    }

    @Test
    void postgresResourceHandsEachStartAnEmptyDatabaseOfItsOwn() throws SQLException {
        PostgresResource first = new PostgresResource();
        first.init(Map.of(PostgresResource.DATABASE, "catalog"));
        Map<String, String> firstConfig = first.start();
        try (Connection connection = connect(firstConfig); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE leftover (id int)");
        }
        first.stop();

        PostgresResource second = new PostgresResource();
        second.init(Map.of(PostgresResource.DATABASE, "catalog"));
        Map<String, String> secondConfig = second.start();

        assertThat(firstConfig).doesNotContainKey("quarkus.datasource.db-kind")
                .containsEntry("quarkus.datasource.username", "postgres")
                .containsEntry("quarkus.datasource.password", "postgres");
        assertThat(first.database()).startsWith("catalog_");
        assertThat(second.database()).startsWith("catalog_").isNotEqualTo(first.database());
        assertThat(secondConfig.get("quarkus.datasource.jdbc.url")).endsWith("/" + second.database());
        try (Connection connection = connect(secondConfig);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'leftover'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    @Test
    void postgresResourceCanReuseOneNamedDatabase() {
        PostgresResource resource = new PostgresResource();
        resource.init(Map.of(PostgresResource.DATABASE, "planner_fixed", PostgresResource.FRESH, "false"));

        Map<String, String> config = resource.start();
        Map<String, String> again = resource.start();

        assertThat(resource.database()).isEqualTo("planner_fixed");
        assertThat(again.get("quarkus.datasource.jdbc.url")).isEqualTo(config.get("quarkus.datasource.jdbc.url"))
                .isEqualTo(PostgresResource.jdbcUrl("planner_fixed"));
    }

    private static Connection connect(Map<String, String> config) throws SQLException {
        return Databases.connect(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
    }
}
