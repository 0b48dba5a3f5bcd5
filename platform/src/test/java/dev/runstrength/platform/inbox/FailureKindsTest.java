package dev.runstrength.platform.inbox;

import static dev.runstrength.platform.inbox.IntakeRecords.header;
import static dev.runstrength.platform.inbox.IntakeRecords.publish;
import static dev.runstrength.platform.inbox.IntakeRecords.runner;
import static dev.runstrength.platform.inbox.IntakeRecords.workout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.runstrength.contracts.DeadLetterHeaders;
import dev.runstrength.infra.Databases;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.PostgresServer;
import dev.runstrength.infra.quarkus.KafkaResource;
import dev.runstrength.infra.quarkus.PostgresResource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failures sorted by kind, against the real broker and database: a record that can never be stored is
 * dead-lettered at once and holds nothing up; a database outage dead-letters nothing, takes readiness
 * DOWN while it lasts, and every record is applied once after it.
 */
@QuarkusTest
@IntakeTestResources
class FailureKindsTest {

    private static final String DLQ = Ledger.TOPIC + ".dlq";

    @Inject
    EventIntake intake;

    @Inject
    Ledger ledger;

    @Inject
    IntakeReadiness readiness;

    @Inject
    MeterRegistry registry;

    @TestHTTPResource("/q/health/ready")
    URL ready;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    private KafkaProbe kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaProbe(KafkaResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aValueTheDatabaseCannotStoreIsDeadLetteredAtOnceAndTheRestOfItsBatchIsApplied() {
        String a = runner("permanent-batch");
        ConsumerRecord<String, byte[]> bad = workout(a, "unstorable-" + a);
        long start = System.nanoTime();

        BatchResult result = intake.acceptBatch(Ledger.CHANNEL, List.of(workout(a, a + "-w1"), bad, workout(a, a + "-w2")),
                ledger.handler());

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("no retry waits for a permanent failure").isLessThan(Duration.ofMillis(1500));
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.applied()).isEqualTo(2);
        assertThat(ledger.entriesOf(a)).extracting(Ledger.Entry::workoutId).containsExactly(a + "-w1", a + "-w2");
        ConsumerRecord<String, byte[]> letter = letterFor(a);
        assertThat(header(letter, "dead-letter-cause")).isEqualTo("unstorable");
        assertThat(header(letter, DeadLetterHeaders.REASON)).contains("23514").contains("intake_ledger_storable");
        assertThat(header(letter, "dead-letter-exception-class-name")).as("no Java class names").isNull();
        assertThat(readiness.ready()).isTrue();
    }

    @Test
    void throughTheChannelAPermanentFailureIsDeadLetteredAtOnceWhileTheNextRecordOfItsPartitionGoesThrough() {
        String warm = runner("warm");
        publish(kafka, workout(warm, warm + "-w1"));
        await().atMost(Duration.ofSeconds(60)).until(() -> ledger.entriesOf(warm).size() == 1);
        double unstorableBefore = deadLetters("unstorable");

        String a = runner("permanent-channel");
        ConsumerRecord<String, byte[]> bad = workout(a, "unstorable-" + a);
        publish(kafka, bad);
        publish(kafka, workout(a, a + "-w1"));
        long sent = System.nanoTime();

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> ledger.entriesOf(a).size() == 1);
        Duration applied = Duration.ofNanos(System.nanoTime() - sent);
        assertThat(applied).as("the valid record behind the bad one, same key and partition").isLessThan(Duration.ofSeconds(2));
        ConsumerRecord<String, byte[]> letter = letterFor(a);
        assertThat(letter.value()).isEqualTo(bad.value());
        assertThat(header(letter, "dead-letter-cause")).isEqualTo("unstorable");
        assertThat(header(letter, DeadLetterHeaders.REASON)).contains("23514");
        assertThat(deadLetters("unstorable")).isEqualTo(unstorableBefore + 1);
        assertThat(registry.find(DeadLetters.COUNTER).tags("topic", Ledger.TOPIC, "cause", "missing-key").counter())
                .as("every cause is counted from zero").isNotNull();
    }

    @Test
    void aDatabaseOutageDeadLettersNothingTakesReadinessDownAndEveryRecordIsAppliedOnceAfterIt() throws Exception {
        String warm = runner("warm-outage");
        publish(kafka, workout(warm, warm + "-w1"));
        await().atMost(Duration.ofSeconds(60)).until(() -> ledger.entriesOf(warm).size() == 1);
        double deadLettersBefore = deadLetters(null);
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        List<String> runners = List.of(runner("outage-a"), runner("outage-b"), runner("outage-c"));
        List<String> sent = new ArrayList<>();

        try (Connection admin = Databases.connect(PostgresResource.jdbcUrl("postgres"), PostgresServer.USERNAME,
                PostgresServer.PASSWORD)) {
            cut(admin, database);
            long cutAt = System.nanoTime();
            try {
                for (int i = 1; i <= 5; i++) {
                    for (String runner : runners) {
                        String workoutId = runner + "-w" + i;
                        publish(kafka, workout(runner, workoutId));
                        sent.add(workoutId);
                    }
                    Thread.sleep(500);
                }
                await().atMost(Duration.ofSeconds(10)).until(() -> !readiness.ready());
                HealthCheckResponse down = readiness.call();
                assertThat(down.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
                assertThat(down.getData().orElseThrow()).containsKey(Ledger.CHANNEL.channel());
                assertThat(String.valueOf(down.getData().orElseThrow().get(Ledger.CHANNEL.channel()))).startsWith("waiting: ");
                HttpResponse<String> served = readinessEndpoint();
                assertThat(served.statusCode()).as(served.body()).isEqualTo(503);
                assertThat(served.body()).contains("event intake", "waiting: ");
                long left = Duration.ofSeconds(10).toNanos() - (System.nanoTime() - cutAt);
                Thread.sleep(Math.max(0, left / 1_000_000));
                assertThat(readiness.ready()).as("still down at the end of the outage").isFalse();
                assertThat(deadLetters(null)).as("nothing dead-lettered during the outage").isEqualTo(deadLettersBefore);
            } finally {
                restore(admin, database);
            }
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> runners.stream().mapToInt(r -> ledger.entriesOf(r).size()).sum() == sent.size());
        Map<String, Long> applied = ledger.entries().stream().filter(e -> runners.contains(e.runnerId()))
                .collect(Collectors.groupingBy(Ledger.Entry::workoutId, Collectors.counting()));
        assertThat(applied).as("each record applied exactly once").hasSize(sent.size()).allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
        for (String runner : runners) {
            assertThat(ledger.entriesOf(runner)).extracting(Ledger.Entry::workoutId).as("in key order")
                    .containsExactlyElementsOf(sent.stream().filter(id -> id.startsWith(runner)).toList());
        }
        await().atMost(Duration.ofSeconds(10)).until(readiness::ready);
        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> served = readinessEndpoint();
            assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
            assertThat(served.body()).contains("event intake");
        });
        assertThat(deadLetters(null)).as("no valid record dead-lettered").isEqualTo(deadLettersBefore);
    }

    private HttpResponse<String> readinessEndpoint() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(ready.toURI()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Refuses new connections to the database and ends the open ones: the application's database is gone. */
    private static void cut(Connection admin, String database) throws Exception {
        try (Statement statement = admin.createStatement()) {
            statement.execute("alter database \"" + database + "\" allow_connections false");
        }
        try (PreparedStatement terminate = admin.prepareStatement(
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
            terminate.setString(1, database);
            terminate.executeQuery().close();
        }
    }

    private static void restore(Connection admin, String database) throws Exception {
        try (Statement statement = admin.createStatement()) {
            statement.execute("alter database \"" + database + "\" allow_connections true");
        }
    }

    private double deadLetters(String cause) {
        return registry.find(DeadLetters.COUNTER).tag("topic", Ledger.TOPIC).counters().stream()
                .filter(c -> cause == null || cause.equals(c.getId().getTag("cause")))
                .mapToDouble(Counter::count).sum();
    }

    private ConsumerRecord<String, byte[]> letterFor(String key) {
        Function<List<ConsumerRecord<String, byte[]>>, List<ConsumerRecord<String, byte[]>>> mine =
                records -> records.stream().filter(r -> key.equals(r.key())).toList();
        List<ConsumerRecord<String, byte[]>> letters = mine.apply(
                kafka.consume(DLQ, records -> !mine.apply(records).isEmpty(), Duration.ofSeconds(30)));
        assertThat(letters).hasSize(1);
        return letters.get(0);
    }
}
