package dev.runstrength.platform.inbox;

import static dev.runstrength.platform.inbox.IntakeRecords.header;
import static dev.runstrength.platform.inbox.IntakeRecords.record;
import static dev.runstrength.platform.inbox.IntakeRecords.runner;
import static dev.runstrength.platform.inbox.IntakeRecords.workout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.runstrength.contracts.DeadLetterHeaders;
import dev.runstrength.contracts.EventTypes;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.quarkus.KafkaResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The intake's batch semantics against a real PostgreSQL and a real broker: each test hands
 * {@link EventIntake#acceptBatch} one batch it builds itself (so it knows exactly what the batch
 * holds), and the last one goes through a real batch-mode channel.
 */
@QuarkusTest
@IntakeTestResources
class EventIntakeBatchTest {

    private static final String DLQ = Ledger.TOPIC + ".dlq";

    @Inject
    EventIntake intake;

    @Inject
    Ledger ledger;

    @Inject
    MeterRegistry registry;

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
    void aPoisonRecordMidBatchIsDeadLetteredAloneAndEveryOtherRecordIsAppliedOnceInKeyOrder() {
        String a = runner("a");
        String b = runner("b");
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            batch.add(workout(a, a + "-w" + i));
            batch.add(workout(b, b + "-w" + i));
        }
        ConsumerRecord<String, byte[]> poison = workout(a, Ledger.POISON + "-" + a);
        ConsumerRecord<String, byte[]> unreadable = record(b, "{\"workoutId\": ".getBytes(StandardCharsets.UTF_8), Map.of());
        batch.add(4, poison);
        batch.add(7, unreadable);
        batch.add(workout(a, a + "-w5"));

        BatchResult result = intake.acceptBatch(Ledger.CHANNEL, batch, ledger.handler());

        assertThat(result.isolated()).as("the refused record rolled the batch back, then each was applied alone").isTrue();
        assertThat(result.applied()).isEqualTo(9);
        assertThat(result.rejected()).isEqualTo(2);
        assertThat(ledger.entriesOf(a)).extracting(Ledger.Entry::workoutId)
                .containsExactly(a + "-w1", a + "-w2", a + "-w3", a + "-w4", a + "-w5");
        assertThat(ledger.entriesOf(b)).extracting(Ledger.Entry::workoutId)
                .containsExactly(b + "-w1", b + "-w2", b + "-w3", b + "-w4");

        List<ConsumerRecord<String, byte[]>> letters = deadLetters(List.of(poison, unreadable));
        assertThat(letters).hasSize(2);
        ConsumerRecord<String, byte[]> poisonLetter = letterOf(letters, poison);
        assertThat(poisonLetter.key()).isEqualTo(a);
        assertThat(poisonLetter.value()).isEqualTo(poison.value());
        assertThat(header(poisonLetter, DeadLetterHeaders.REASON)).contains("workoutId");
        assertThat(header(poisonLetter, DeadLetterHeaders.TOPIC)).isEqualTo(Ledger.TOPIC);
        assertThat(header(poisonLetter, "ce_id")).as("the record's own headers are kept").isEqualTo(header(poison, "ce_id"));
        assertThat(letterOf(letters, unreadable).value()).isEqualTo(unreadable.value());
    }

    @Test
    void aRecordWithoutAKeyIsDeadLetteredNamingTheKeyAndTheRestOfTheBatchIsApplied() {
        String a = runner("keyless");
        ConsumerRecord<String, byte[]> keyed = workout(a, a + "-w1");
        ConsumerRecord<String, byte[]> keyless = record(null, keyed.value(), Map.of("ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(), "ce_source", "urn:test:running-app",
                "ce_type", EventTypes.WORKOUT_COMPLETED, "content-type", "application/json"));

        BatchResult result = intake.acceptBatch(Ledger.CHANNEL, List.of(keyless, keyed), ledger.handler());

        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.applied()).isEqualTo(1);
        assertThat(ledger.entriesOf(a)).extracting(Ledger.Entry::workoutId).containsExactly(a + "-w1");
        List<ConsumerRecord<String, byte[]>> letters = deadLetters(List.of(keyless));
        assertThat(letters).hasSize(1);
        assertThat(header(letters.get(0), DeadLetterHeaders.REASON)).startsWith("key: is required");
    }

    @Test
    void aChannelReadingOnlySomeKindsSkipsTheOthersAndBrokenRecordsWithoutDeadLetters() {
        IntakeChannel workoutsOnly = new IntakeChannel("intake-test", "platform.intake-test",
                java.util.Set.of(dev.runstrength.contracts.EventKind.WORKOUT_COMPLETED,
                        dev.runstrength.contracts.EventKind.RUNNER_PROFILE_UPDATED),
                java.util.Set.of(dev.runstrength.contracts.EventKind.WORKOUT_COMPLETED));
        String a = runner("only");
        ConsumerRecord<String, byte[]> profile = record(a, ("{\"runnerId\":\"" + a
                + "\",\"updatedAt\":\"2026-11-22T08:00:00Z\",\"level\":\"BEGINNER\"}").getBytes(StandardCharsets.UTF_8),
                Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "urn:test:running-app",
                        "ce_type", EventTypes.RUNNER_PROFILE_UPDATED, "content-type", "application/json"));
        ConsumerRecord<String, byte[]> keyless = record(null, workout(a, a + "-w0").value(), Map.of("ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(), "ce_source", "urn:test:running-app",
                "ce_type", EventTypes.WORKOUT_COMPLETED, "content-type", "application/json"));

        BatchResult result = intake.acceptBatch(workoutsOnly, List.of(profile, keyless, workout(a, a + "-w1")),
                ledger.handler());

        assertThat(workoutsOnly.readsOnlySome()).isTrue();
        assertThat(result.rejected()).as("neither the profile nor the broken workout is this channel's to reject").isZero();
        assertThat(result.applied()).isEqualTo(1);
        assertThat(ledger.entriesOf(a)).extracting(Ledger.Entry::workoutId).containsExactly(a + "-w1");
    }

    @Test
    void aRedeliveredBatchChangesNothing() {
        String a = runner("again");
        List<ConsumerRecord<String, byte[]>> batch = List.of(workout(a, a + "-w1"), workout(a, a + "-w2"), workout(a, a + "-w3"));
        BatchResult first = intake.acceptBatch(Ledger.CHANNEL, batch, ledger.handler());
        int attempts = ledger.attempts(a);

        BatchResult again = intake.acceptBatch(Ledger.CHANNEL, batch, ledger.handler());

        assertThat(first.applied()).isEqualTo(3);
        assertThat(again.applied()).isZero();
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(ledger.attempts(a)).as("nothing new reaches the handler").isEqualTo(attempts);
        assertThat(ledger.entriesOf(a)).extracting(Ledger.Entry::workoutId).containsExactly(a + "-w1", a + "-w2", a + "-w3");
    }

    @Test
    void fieldsTheContractDoesNotNameAreAppliedCountedAndLoggedOnce() {
        String a = runner("unknown");
        ConsumerRecord<String, byte[]> plain = workout(a, a + "-w1");
        ConsumerRecord<String, byte[]> misspelt = withExtraFields(workout(a, a + "-w2"));
        ConsumerRecord<String, byte[]> again = withExtraFields(workout(a, a + "-w3"));
        double before = eventsWithUnknownFields();
        List<String> warnings = new ArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                warnings.add(String.format(record.getMessage(), record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(UnknownFieldsNotice.class.getName());
        log.addHandler(capture);
        try {
            BatchResult result = intake.acceptBatch(Ledger.CHANNEL, List.of(plain, misspelt, again), ledger.handler());

            assertThat(result.applied()).isEqualTo(3);
            assertThat(result.rejected()).isZero();
        } finally {
            log.removeHandler(capture);
        }
        assertThat(ledger.entriesOf(a)).extracting(Ledger.Entry::workoutId).containsExactly(a + "-w1", a + "-w2", a + "-w3");
        assertThat(eventsWithUnknownFields() - before).as("the two events with unknown fields").isEqualTo(2.0);
        assertThat(warnings).as("each field once, array positions folded").hasSize(2)
                .anyMatch(line -> line.contains("'note'") && line.contains(Ledger.CHANNEL.consumer()))
                .anyMatch(line -> line.contains("'exercises[].weight'") && line.contains(Ledger.TOPIC + "-0@" + misspelt.offset()));
    }

    private double eventsWithUnknownFields() {
        var counter = registry.find("runstrength.events.with.unknown.fields").tags("consumer", Ledger.CHANNEL.consumer()).counter();
        return counter == null ? 0 : counter.count();
    }

    /** The workout with a field of its own at the top and in its exercise, as a producer adding fields sends it. */
    private static ConsumerRecord<String, byte[]> withExtraFields(ConsumerRecord<String, byte[]> workout) {
        String data = new String(workout.value(), StandardCharsets.UTF_8)
                .replaceFirst("^\\{", "{\"note\":\"felt strong\",")
                .replace("{\"exerciseId\":\"glute-bridge\",", "{\"exerciseId\":\"glute-bridge\",\"weight\":20,");
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        workout.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return record(workout.key(), data.getBytes(StandardCharsets.UTF_8), headers);
    }

    @Test
    void anEventTwiceInOneBatchIsAppliedOnce() {
        String a = runner("twice");
        ConsumerRecord<String, byte[]> record = workout(a, a + "-w1");

        BatchResult result = intake.acceptBatch(Ledger.CHANNEL, List.of(record, workout(a, a + "-w2"), record),
                ledger.handler());

        assertThat(result.applied()).isEqualTo(2);
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(ledger.entriesOf(a)).extracting(Ledger.Entry::workoutId).containsExactly(a + "-w1", a + "-w2");
    }

    @Test
    void aTransientFailureRollsTheWholeBatchBackAndTheRetryAppliesItOnce() {
        String a = runner("retry");
        ledger.failNextAttempts(a, 1);

        BatchResult result = intake.acceptBatch(Ledger.CHANNEL,
                List.of(workout(a, a + "-w1"), workout(a, a + "-w2"), workout(a, a + "-w3")), ledger.handler());

        assertThat(result.isolated()).as("the batch itself succeeded on its retry").isFalse();
        assertThat(ledger.attempts(a)).isEqualTo(2);
        assertThat(result.applied()).isEqualTo(3);
        assertThat(ledger.entriesOf(a)).as("the failed attempt's rows rolled back with it")
                .extracting(Ledger.Entry::workoutId).containsExactly(a + "-w1", a + "-w2", a + "-w3");
    }

    @Test
    void throughTheChannelAPoisonRecordIsDeadLetteredAloneAndABatchSentAgainChangesNothing() {
        String a = runner("channel-a");
        String b = runner("channel-b");
        List<String> sent = new ArrayList<>();
        List<byte[]> published = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String runnerId = i % 2 == 0 ? a : b;
            String workoutId = i == 11 ? Ledger.POISON + "-" + runnerId : runnerId + "-w" + i;
            ConsumerRecord<String, byte[]> record = workout(runnerId, workoutId);
            publish(record);
            published.add(record.value());
            sent.add(workoutId);
        }

        await().atMost(Duration.ofSeconds(60))
                .until(() -> ledger.entriesOf(a).size() + ledger.entriesOf(b).size() == 19);
        assertThat(ledger.entriesOf(a)).extracting(Ledger.Entry::workoutId)
                .containsExactlyElementsOf(sent.stream().filter(id -> id.startsWith(a) && !id.equals(Ledger.POISON + "-" + a)).toList());
        assertThat(ledger.entriesOf(b)).extracting(Ledger.Entry::workoutId)
                .containsExactlyElementsOf(sent.stream().filter(id -> id.startsWith(b)).toList());
        List<ConsumerRecord<String, byte[]>> letters = kafka.consume(DLQ,
                records -> records.stream().anyMatch(r -> b.equals(r.key())), Duration.ofSeconds(30));
        assertThat(letters).filteredOn(r -> a.equals(r.key()) || b.equals(r.key())).hasSize(1)
                .allSatisfy(letter -> assertThat(header(letter, DeadLetterHeaders.REASON)).contains(Ledger.POISON));

        // the same events once more, as after a crash before the offsets were committed
        List<Ledger.Entry> before = ledger.entries();
        String marker = runner("marker");
        republish(a, b);
        publish(workout(marker, marker + "-w1"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !ledger.entriesOf(marker).isEmpty());
        assertThat(ledger.entries()).as("only the marker is new").hasSize(before.size() + 1);
    }

    // ---- records ------------------------------------------------------------------------------------

    private final Map<String, List<ConsumerRecord<String, byte[]>>> publishedBy = new java.util.HashMap<>();

    private void publish(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        kafka.produce(Ledger.TOPIC, record.key(), record.value(), headers);
        publishedBy.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(record);
    }

    private void republish(String... runners) {
        for (String runner : runners) {
            for (ConsumerRecord<String, byte[]> record : List.copyOf(publishedBy.get(runner))) {
                publish(record);
            }
        }
    }


    /** A valid workout in binary mode with a fresh event id. */
    private List<ConsumerRecord<String, byte[]>> deadLetters(List<ConsumerRecord<String, byte[]>> expected) {
        return kafka.consume(DLQ, records -> expected.stream().allMatch(e -> records.stream()
                        .anyMatch(r -> String.valueOf(e.offset()).equals(header(r, DeadLetterHeaders.OFFSET)))),
                Duration.ofSeconds(30)).stream()
                .filter(r -> expected.stream().anyMatch(e -> String.valueOf(e.offset()).equals(header(r, DeadLetterHeaders.OFFSET))))
                .toList();
    }

    private static ConsumerRecord<String, byte[]> letterOf(List<ConsumerRecord<String, byte[]>> letters,
                                                           ConsumerRecord<String, byte[]> record) {
        return letters.stream().filter(r -> String.valueOf(record.offset()).equals(header(r, DeadLetterHeaders.OFFSET)))
                .findFirst().orElseThrow(() -> new AssertionError("no dead letter for offset " + record.offset()));
    }
}
