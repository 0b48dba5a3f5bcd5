package dev.runstrength.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import dev.runstrength.infra.Databases;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackTest {

    @TempDir
    Path dir;

    @Test
    void infraOnlyStartsKafkaWithTheContractTopicsAndPostgresWithAServiceDatabaseEach() throws Exception {
        int kafkaPort = freePort();
        int postgresPort = freePort();
        StackOptions options = StackOptions.parse(List.of("--infra-only", "--partitions", "2", "--data-dir", dir.resolve("data").toString(),
                "--kafka-port", String.valueOf(kafkaPort), "--postgres-port", String.valueOf(postgresPort)), dir);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LocalStack stack = new LocalStack(options, new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            stack.start();

            String bootstrap = "127.0.0.1:" + kafkaPort;
            assertThat(Topics.names(bootstrap)).contains("catalog.exercises", "runner.profiles", "planner.plans",
                    "workouts.completed", "tracking.progressions", "runner.profiles.dlq", "tracking.progressions.dlq");
            try (KafkaProbe probe = new KafkaProbe(bootstrap)) {
                assertThat(probe.partitionCount("planner.plans")).isEqualTo(2);
                assertThat(probe.topicConfig("catalog.exercises", "cleanup.policy")).isEqualTo("compact");
            }
            for (String database : List.of("catalog", "planner", "tracking")) {
                try (Connection connection = Databases.connect("jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database,
                        "postgres", "postgres")) {
                    assertThat(connection.isValid(5)).isTrue();
                }
            }
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("Kafka      127.0.0.1:" + kafkaPort)
                    .contains("jdbc:postgresql://127.0.0.1:" + postgresPort + "/tracking");
        } finally {
            stack.stop();
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Stopping Kafka", "Stopping PostgreSQL", "Stopped.");
        assertThat(dir.resolve("data/kafka/meta.properties")).exists();
        assertThat(dir.resolve("data/postgres/PG_VERSION")).exists();
        assertThat(dir.resolve("data/postgres/postmaster.pid")).doesNotExist();
    }

    @Test
    void refusesToStartWhenAServiceIsNotBuilt() {
        StackOptions options = StackOptions.parse(List.of("--data-dir", dir.resolve("data").toString()), dir);
        LocalStack stack = new LocalStack(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThatThrownBy(stack::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("catalog-service/target/quarkus-app/quarkus-run.jar")
                .hasMessageContaining("--build");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void cleanOnlyWipesADirectoryThatLooksLikeStackData() throws Exception {
        Files.createDirectories(dir.resolve("ours/kafka"));
        Files.createDirectories(dir.resolve("empty"));
        Files.createDirectories(dir.resolve("theirs"));
        Files.writeString(dir.resolve("theirs/thesis.tex"), "precious");

        assertThat(LocalStack.looksLikeStackData(dir.resolve("ours"))).isTrue();
        assertThat(LocalStack.looksLikeStackData(dir.resolve("empty"))).isTrue();
        assertThat(LocalStack.looksLikeStackData(dir.resolve("theirs"))).isFalse();
    }

    @Test
    void findsTheRepositoryFromAnyFolderInsideIt() throws Exception {
        Files.createDirectories(dir.resolve("repo/deploy/local/src"));
        Files.writeString(dir.resolve("repo/pom.xml"), "<project/>");

        assertThat(RepoRoot.findFrom(dir.resolve("repo/deploy/local/src"))).isEqualTo(dir.resolve("repo"));
        assertThat(RepoRoot.findFrom(dir)).isNull();
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
