package dev.runstrength.dlq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import dev.runstrength.infra.KafkaBroker;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.TopicSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The tool as an operator runs it (its command line, its printed report, its exit status) against a
 * real broker, on dead letters shaped as the services' consumers write them.
 */
class DlqToolTest {

    private static final String WORKOUT_TYPE = "dev.runstrength.workout.completed.v1";
    private static final AtomicInteger TOPICS = new AtomicInteger();

    private static KafkaBroker broker;
    private static KafkaProbe probe;

    private String source;
    private String dlq;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.start(KafkaBroker.Options.defaults());
        probe = new KafkaProbe(broker.bootstrapServers());
    }

    @AfterAll
    static void stopBroker() {
        probe.close();
        broker.stop();
    }

    @BeforeEach
    void freshTopics() {
        source = "dlq-test-" + TOPICS.incrementAndGet() + ".workouts";
        dlq = source + ".dlq";
        broker.createTopics(List.of(TopicSpec.deleting(source, 3), TopicSpec.deleting(dlq, 3)));
    }

    @Test
    void listShowsEachDeadLetterWithItsSourceKeyEventAndReason() {
        RecordMetadata first = deadLetter("r-1", "w-1", "exercises/0/sets/0/reps: at most 500, got 900", 2, 41);
        RecordMetadata second = deadLetter("r-2", "w-2", "completedAt: more than 24 h in the future", 0, 7);

        Run run = run("list", dlq);

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out)
                .contains(position(first) + "  source " + source + "/2@41  key r-1  id w-1  type " + WORKOUT_TYPE + "  replayed no")
                .contains("    reason: exercises/0/sets/0/reps: at most 500, got 900")
                .contains(position(second) + "  source " + source + "/0@7  key r-2  id w-2  type " + WORKOUT_TYPE + "  replayed no")
                .contains("    reason: completedAt: more than 24 h in the future")
                .contains("2 of 2 records in " + dlq)
                .doesNotContain("value:");
    }

    @Test
    void listFiltersByReasonAndByOffsetRangeAndPrintsValuesOnRequest() {
        // one key: all three land in one partition, at offsets 0, 1, 2
        RecordMetadata a = deadLetter("r-same", "w-a", "exercises/0/sets/0/reps: at most 500", 0, 1);
        RecordMetadata b = deadLetter("r-same", "w-b", "completedAt: in the future", 0, 2);
        RecordMetadata c = deadLetter("r-same", "w-c", "exercises/1/sets/0/rpe: at most 10", 0, 3);

        Run byReason = run("list", dlq, "--reason", "EXERCISES/");
        assertThat(byReason.out).contains("id w-a", "id w-c", "2 of 3 records").doesNotContain("id w-b");

        Run byRange = run("list", dlq, "--partition", String.valueOf(b.partition()),
                "--from-offset", String.valueOf(b.offset()), "--to-offset", String.valueOf(c.offset()), "--value");
        assertThat(byRange.out).contains(position(b), position(c), "2 of 3 records").doesNotContain("id w-a")
                .contains("    value: " + value("w-b"), "    value: " + value("w-c"));
        assertThat(a.offset()).isLessThan(b.offset());
    }

    @Test
    void replayByOffsetsPutsExactlyThoseRecordsOnTheSourceTopicWithKeyValueAndEventId() {
        RecordMetadata first = deadLetter("r-1", "w-1", "no exercise squat-x in the catalogue", 0, 10);
        deadLetter("r-2", "w-2", "no exercise lunge-y in the catalogue", 1, 11);
        RecordMetadata third = deadLetter("r-3", "w-3", "no exercise squat-x in the catalogue", 2, 12);

        Run run = run("replay", dlq, "--offsets", position(first) + "," + position(third));

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("sent        " + position(first) + "  key r-1  id w-1  to " + source + "/")
                .contains(dlq + ": 2 sent, 0 already replayed");
        List<ConsumerRecord<byte[], byte[]>> replayed = readAll(source);
        assertThat(replayed)
                .extracting(r -> text(r.key()), r -> text(r.value()), r -> header(r, "ce_id"), r -> header(r, "ce_type"))
                .containsExactlyInAnyOrder(
                        tuple("r-1", value("w-1"), "w-1", WORKOUT_TYPE),
                        tuple("r-3", value("w-3"), "w-3", WORKOUT_TYPE));
        assertThat(replayed).allSatisfy(record -> assertThat(headerNames(record))
                .contains("ce_specversion", "ce_source", "ce_time", "content-type")
                .noneMatch(name -> name.startsWith("dead-letter-")));
    }

    @Test
    void replayByReasonSendsOnlyTheRecordsWhoseReasonMatches() {
        deadLetter("r-1", "w-1", "no exercise squat-x in the catalogue", 0, 10);
        deadLetter("r-2", "w-2", "durationMinutes: at most 300, got 301", 1, 11);
        deadLetter("r-3", "w-3", "no exercise Squat-X in the catalogue", 2, 12);

        Run run = run("replay", dlq, "--reason", "squat-x");

        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(readAll(source)).extracting(r -> header(r, "ce_id")).containsExactlyInAnyOrder("w-1", "w-3");
    }

    @Test
    void secondReplayOfTheSameSelectionSendsNothing() {
        deadLetter("r-1", "w-1", "database unavailable", 0, 10);
        deadLetter("r-2", "w-2", "database unavailable", 1, 11);

        Run firstRun = run("replay", dlq, "--all");
        Run secondRun = run("replay", dlq, "--all");
        Run byReason = run("replay", dlq, "--reason", "database");

        assertThat(firstRun.out).as(firstRun.toString()).contains(dlq + ": 2 sent, 0 already replayed");
        assertThat(secondRun.exit).as(secondRun.toString()).isZero();
        assertThat(secondRun.out).contains(dlq + ": 0 sent, 2 already replayed").contains("already replayed to " + source + "/");
        assertThat(byReason.out).contains(dlq + ": 0 sent, 2 already replayed");
        assertThat(readAll(source)).extracting(r -> header(r, "ce_id")).containsExactlyInAnyOrder("w-1", "w-2");
        assertThat(run("list", dlq).out).contains("replayed to " + source + "/").doesNotContain("replayed no");
    }

    @Test
    void dryRunSendsNothingAndMarksNothing() {
        RecordMetadata letter = deadLetter("r-1", "w-1", "database unavailable", 0, 10);

        Run dryRun = run("replay", dlq, "--all", "--dry-run");

        assertThat(dryRun.exit).as(dryRun.toString()).isZero();
        assertThat(dryRun.out).contains("would send  " + position(letter) + "  key r-1  id w-1  to " + source)
                .contains(dlq + ": 1 would be sent (dry run, nothing sent)");
        assertThat(readAll(source)).isEmpty();
        assertThat(broker.topicNames()).doesNotContain(dlq + ".replayed");
        // nothing was marked, so the real run still sends it
        assertThat(run("replay", dlq, "--all").out).contains(dlq + ": 1 sent");
        assertThat(readAll(source)).extracting(r -> header(r, "ce_id")).containsExactly("w-1");
    }

    @Test
    void recordWithoutSourceTopicIsReportedAndSkipped() {
        deadLetter("r-1", "w-1", "database unavailable", 0, 10);
        Map<String, String> headers = eventHeaders("w-orphan");
        headers.put("dead-letter-reason", "database unavailable");
        RecordMetadata orphan = probe.produce(dlq, "r-2", value("w-orphan").getBytes(StandardCharsets.UTF_8), headers);

        Run list = run("list", dlq);
        Run replay = run("replay", dlq, "--all");

        assertThat(list.out).contains(position(orphan) + "  source ?/?@?  key r-2  id w-orphan");
        assertThat(replay.exit).as(replay.toString()).isEqualTo(DlqTool.NEEDS_ATTENTION);
        assertThat(replay.out).contains("skipped     " + position(orphan) + "  key r-2  id w-orphan  no dead-letter-topic header")
                .contains(dlq + ": 1 sent, 0 already replayed, 0 not found, 1 without source topic");
        assertThat(readAll(source)).extracting(r -> header(r, "ce_id")).containsExactly("w-1");
    }

    @Test
    void recordWhoseSourceTopicIsGoneIsReportedAndSkipped() {
        Map<String, String> headers = eventHeaders("w-gone");
        headers.put("dead-letter-reason", "database unavailable");
        headers.put("dead-letter-topic", "no-such-source.workouts");
        RecordMetadata letter = probe.produce(dlq, "r-1", value("w-gone").getBytes(StandardCharsets.UTF_8), headers);

        Run run = run("replay", dlq, "--all");

        assertThat(run.exit).as(run.toString()).isEqualTo(DlqTool.NEEDS_ATTENTION);
        assertThat(run.out).contains("skipped     " + position(letter) + "  key r-1  id w-gone  source topic no-such-source.workouts"
                + " does not exist").contains("0 sent, 0 already replayed, 0 not found, 0 without source topic, 1 whose source topic is missing");
        assertThat(broker.topicNames()).doesNotContain("no-such-source.workouts");
    }

    @Test
    void offsetsNotInTheTopicAreReportedAsNotFound() {
        RecordMetadata letter = deadLetter("r-1", "w-1", "database unavailable", 0, 10);

        Run run = run("replay", dlq, "--offsets", position(letter) + "," + letter.partition() + ":" + (letter.offset() + 5));

        assertThat(run.exit).as(run.toString()).isEqualTo(DlqTool.NEEDS_ATTENTION);
        assertThat(run.out).contains("not found   " + letter.partition() + ":" + (letter.offset() + 5))
                .contains(dlq + ": 1 sent, 0 already replayed, 1 not found");
        assertThat(readAll(source)).extracting(r -> header(r, "ce_id")).containsExactly("w-1");
    }

    @Test
    void unknownTopicAndUnreadableCommandConfigAreErrorsThatNameThem(@TempDir Path dir) {
        Run unknown = run("list", "no-such-topic.dlq");
        Run unknownReplay = run("replay", "no-such-topic.dlq", "--all");
        Run missingConfig = run("list", dlq, "--command-config", dir.resolve("client.properties").toString());
        Run badOffsets = run("replay", dlq, "--offsets", "0-12");

        assertThat(unknown.exit).as(unknown.toString()).isEqualTo(DlqTool.FAILED);
        assertThat(unknown.err).contains("topic no-such-topic.dlq does not exist on " + broker.bootstrapServers());
        assertThat(unknownReplay.exit).as(unknownReplay.toString()).isEqualTo(DlqTool.FAILED);
        assertThat(unknownReplay.err).contains("topic no-such-topic.dlq does not exist");
        assertThat(broker.topicNames()).doesNotContain("no-such-topic.dlq.replayed");
        assertThat(missingConfig.exit).as(missingConfig.toString()).isEqualTo(DlqTool.FAILED);
        assertThat(missingConfig.err).contains("--command-config: cannot read " + dir.resolve("client.properties"));
        assertThat(badOffsets.exit).as(badOffsets.toString()).isEqualTo(DlqTool.FAILED);
        assertThat(badOffsets.err).contains("expected partition:offset such as 0:12, got '0-12'");
    }

    @Test
    void commandConfigSettingsReachTheKafkaClients(@TempDir Path dir) throws Exception {
        deadLetter("r-1", "w-1", "database unavailable", 0, 10);
        Path plain = Files.writeString(dir.resolve("plain.properties"), "security.protocol=PLAINTEXT\nclient.id=ops-laptop\n");
        Path bogus = Files.writeString(dir.resolve("bogus.properties"), "security.protocol=CARRIER_PIGEON\n");

        Run withPlain = run("list", dlq, "--command-config", plain.toString());
        Run withBogus = run("list", dlq, "--command-config", bogus.toString());

        assertThat(withPlain.exit).as(withPlain.toString()).isZero();
        assertThat(withPlain.out).contains("id w-1", "1 of 1 records");
        assertThat(withBogus.exit).as(withBogus.toString()).isEqualTo(DlqTool.FAILED);
        assertThat(withBogus.err).contains("CARRIER_PIGEON");
    }

    // --- dead letters as the services write them: the record unchanged plus the dead-letter-* headers

    private RecordMetadata deadLetter(String key, String eventId, String reason, int sourcePartition, long sourceOffset) {
        Map<String, String> headers = eventHeaders(eventId);
        headers.put("dead-letter-reason", reason);
        headers.put("dead-letter-cause", "contract");
        headers.put("dead-letter-topic", source);
        headers.put("dead-letter-partition", String.valueOf(sourcePartition));
        headers.put("dead-letter-offset", String.valueOf(sourceOffset));
        return probe.produce(dlq, key, value(eventId).getBytes(StandardCharsets.UTF_8), headers);
    }

    private static Map<String, String> eventHeaders(String eventId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId);
        headers.put("ce_source", "urn:test:running-app");
        headers.put("ce_type", WORKOUT_TYPE);
        headers.put("ce_time", "2026-11-23T07:30:00Z");
        headers.put("content-type", "application/json");
        return headers;
    }

    private static String value(String workoutId) {
        return "{\"workoutId\":\"" + workoutId + "\",\"runnerId\":\"r\",\"completedAt\":\"2026-11-23T07:30:00Z\"}";
    }

    private static String position(RecordMetadata metadata) {
        return metadata.partition() + ":" + metadata.offset();
    }

    // --- the tool's command line, as dlq.sh runs it

    /** What one command printed and returned; its text is the assertion's description, so a failure shows it. */
    private record Run(int exit, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = DlqTool.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--bootstrap-server", broker.bootstrapServers()));
        all.addAll(List.of(args));
        int exit = commandLine.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    // --- the source topic as a consumer sees it (committed records only)

    // The tool's commitTransaction returns before the commit markers reach the partitions, so the
    // last stable offset a read-committed consumer reports may still stand before the records just
    // sent. Reading to the log's end offsets (read-uncommitted) instead waits for those markers.

    private static List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = logEndOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                assertThat(System.nanoTime()).as("read %s to its end offsets %s", topic, ends).isLessThan(deadline);
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static Map<TopicPartition, Long> logEndOffsets(List<TopicPartition> partitions) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            return consumer.endOffsets(partitions);
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : text(header.value());
    }

    private static List<String> headerNames(ConsumerRecord<byte[], byte[]> record) {
        return StreamSupport.stream(record.headers().spliterator(), false).map(Header::key).toList();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
