package dev.runstrength.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistentDataDirTest {

    @TempDir
    Path dataDir;

    @Test
    void kafkaKeepsTopicsAndRecordsAcrossARestart() {
        KafkaBroker.Options options = KafkaBroker.Options.defaults().withDataDir(dataDir.resolve("kafka"));
        try (KafkaBroker first = KafkaBroker.start(options); KafkaProbe probe = new KafkaProbe(first.bootstrapServers())) {
            first.createTopics(List.of(TopicSpec.compacted("persistent.kept", 3)));
            probe.produce("persistent.kept", "exercise-1", "before restart");
        }

        long started = System.nanoTime();
        try (KafkaBroker second = KafkaBroker.start(options); KafkaProbe probe = new KafkaProbe(second.bootstrapServers())) {
            Timings.report("kafka broker restart (persistent dir)", started);
            second.createTopics(List.of(TopicSpec.compacted("persistent.kept", 3)));

            List<ConsumerRecord<String, byte[]>> records = probe.consume("persistent.kept", read -> !read.isEmpty(), Duration.ofSeconds(30));

            assertThat(records).extracting(ConsumerRecord::key).containsExactly("exercise-1");
            assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("before restart");
            assertThat(probe.topicConfig("persistent.kept", "cleanup.policy")).isEqualTo("compact");
        }
        assertThat(dataDir.resolve("kafka").resolve("meta.properties")).exists();
    }

    @Test
    void postgresKeepsDatabasesAndTablesAcrossARestart() throws SQLException {
        PostgresServer.Options options = PostgresServer.Options.defaults().withDataDir(dataDir.resolve("postgres"));
        try (PostgresServer first = PostgresServer.start(options)) {
            first.createDatabase("tracking");
            try (Connection connection = first.connect("tracking"); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE progression (runner_id text PRIMARY KEY, level int NOT NULL)");
                statement.execute("INSERT INTO progression VALUES ('runner-7', 3)");
            }
        }

        long started = System.nanoTime();
        try (PostgresServer second = PostgresServer.start(options)) {
            Timings.report("postgres restart (persistent dir)", started);
            assertThat(second.databaseExists("tracking")).isTrue();
            try (Connection connection = second.connect("tracking");
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT level FROM progression WHERE runner_id = 'runner-7'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(3);
            }
        }
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();
    }
}
