package dev.runstrength.system;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.EventKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The running app's backend under a steady load, on a thread of its own: profile changes (one event in
 * five) and completed workouts (the rest) at a fixed rate, and, when asked, as many malformed records
 * mixed in. Profiles and workouts go to separate runners, so that every output can be traced to the one
 * input it answers: a plan to a profile change, a progression update to a workout. Sends do not wait for
 * each other: an idempotent producer (acks=all) keeps them in order per key and retries them itself for up
 * to five minutes, so a broker outage holds them back rather than failing them. A record counts as sent
 * once the broker acknowledged it.
 */
final class FaultLoad implements AutoCloseable {

    private static final int PROFILE_RUNNERS = 40;
    private static final int WORKOUT_RUNNERS = 60;
    private static final String BROKEN_JSON = "{\"runnerId\": \"half a rec";
    private static final Instant FIRST_WORKOUT = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    /** A valid record sent: what it is, the key it was sent under, the id its output must carry back. */
    record Valid(EventKind kind, String runnerId, String subject, String eventId, long sentAt) {
    }

    /** A malformed record sent, where it landed, and what is wrong with it. */
    record Malformed(String topic, int partition, long offset, String flaw, long sentAt) {
    }

    private final String run;
    private final KafkaProducer<String, byte[]> producer;
    private final long periodNanos;
    private final boolean withMalformed;
    private final Queue<Valid> valid = new ConcurrentLinkedQueue<>();
    private final Queue<Malformed> malformed = new ConcurrentLinkedQueue<>();
    private final Map<String, Integer> changes = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile int validLimit = Integer.MAX_VALUE;
    private long sent;
    private final AtomicInteger failed = new AtomicInteger();

    /**
     * @param run           prefix of every runner id of this load, to tell its records apart
     * @param perSecond     valid records a second
     * @param withMalformed one malformed record after every valid one
     */
    FaultLoad(RunningSystem system, String run, int perSecond, boolean withMalformed) {
        this.run = run;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "300000");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "300000");
        this.producer = new KafkaProducer<>(props);
        this.periodNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        this.withMalformed = withMalformed;
        this.thread = new Thread(this::loop, "fault-load-" + run);
    }

    FaultLoad start() {
        thread.start();
        return this;
    }

    /** Stops after this many valid records in all (and their malformed companions). */
    FaultLoad limit(int validRecords) {
        this.validLimit = validRecords;
        return this;
    }

    /** Stops sending and waits for the last send to finish. */
    void stop() throws InterruptedException {
        running = false;
        awaitDone();
    }

    /** Waits until the last record was sent and acknowledged (or failed). */
    void awaitDone() throws InterruptedException {
        thread.join(TimeUnit.MINUTES.toMillis(5));
        producer.flush();
    }

    List<Valid> valid() {
        return List.copyOf(valid);
    }

    List<Malformed> malformed() {
        return List.copyOf(malformed);
    }

    /** Sends the broker never acknowledged (within five minutes): not counted as sent. */
    int failed() {
        return failed.get();
    }

    String run() {
        return run;
    }

    private volatile long startedAt;
    private volatile long stoppedAt;

    /** Valid records a second the load achieved, from its first send to its last. */
    double rate() {
        return valid.size() / Math.max(1e-9, (stoppedAt - startedAt) / 1e9);
    }

    private void loop() {
        startedAt = System.nanoTime();
        long next = startedAt;
        while (running && sent < validLimit) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                sleep(wait);
            } else if (wait < -TimeUnit.SECONDS.toNanos(1)) {
                next = System.nanoTime(); // a blocked send is not made up for with a burst
            }
            next += periodNanos;
            sendValid(sent);
            if (withMalformed) {
                sendMalformed(sent);
            }
            sent++;
        }
        stoppedAt = System.nanoTime();
    }

    private void sendValid(long n) {
        String eventId = UUID.randomUUID().toString();
        if (n % 5 == 0) {
            String runnerId = run + "-p" + (n / 5) % PROFILE_RUNNERS;
            int change = changes.merge(runnerId, 1, Integer::sum);
            Instant updatedAt = Runners.SET_UP_AT.plus(change, ChronoUnit.MINUTES);
            ObjectNode profile = Runners.profile(runnerId, updatedAt, change % 2 == 0 ? "INTERMEDIATE" : "BEGINNER");
            Valid record = new Valid(EventKind.RUNNER_PROFILE_UPDATED, runnerId, updatedAt.toString(), eventId, System.nanoTime());
            send(EventKind.RUNNER_PROFILE_UPDATED, runnerId, profile.toString(), eventId, at -> valid.add(record));
        } else {
            String runnerId = run + "-w" + n % WORKOUT_RUNNERS;
            int index = changes.merge(runnerId, 1, Integer::sum);
            String workoutId = runnerId + "-" + index;
            String workout = Runners.plankWorkout(runnerId, workoutId, FIRST_WORKOUT.plus(index, ChronoUnit.HOURS)).toString();
            Valid record = new Valid(EventKind.WORKOUT_COMPLETED, runnerId, workoutId, eventId, System.nanoTime());
            send(EventKind.WORKOUT_COMPLETED, runnerId, workout, eventId, at -> valid.add(record));
        }
    }

    /** Unparseable, contract-breaking, and valid but without a key, in turn, on profiles and workouts. */
    private void sendMalformed(long n) {
        String key = run + "-bad" + n;
        String eventId = UUID.randomUUID().toString();
        long sentAt = System.nanoTime();
        switch ((int) (n % 6)) {
            case 0 -> send(EventKind.RUNNER_PROFILE_UPDATED, key, BROKEN_JSON, eventId, malformed("unparseable", sentAt));
            case 1 -> {
                ObjectNode profile = Runners.profile(key, Runners.SET_UP_AT, "BEGINNER");
                profile.remove("level");
                send(EventKind.RUNNER_PROFILE_UPDATED, key, profile.toString(), eventId, malformed("contract", sentAt));
            }
            case 2 -> send(EventKind.RUNNER_PROFILE_UPDATED, null,
                    Runners.profile(key, Runners.SET_UP_AT, "BEGINNER").toString(), eventId, malformed("missing-key", sentAt));
            case 3 -> send(EventKind.WORKOUT_COMPLETED, key, BROKEN_JSON, eventId, malformed("unparseable", sentAt));
            case 4 -> send(EventKind.WORKOUT_COMPLETED, key, Runners.plankWorkout(key, key + "-future",
                    Instant.now().plus(3, ChronoUnit.DAYS)).toString(), eventId, malformed("contract", sentAt));
            default -> send(EventKind.WORKOUT_COMPLETED, null, Runners.plankWorkout(key, key + "-nokey",
                    FIRST_WORKOUT).toString(), eventId, malformed("missing-key", sentAt));
        }
    }

    private Consumer<RecordMetadata> malformed(String flaw, long sentAt) {
        return at -> malformed.add(new Malformed(at.topic(), at.partition(), at.offset(), flaw, sentAt));
    }

    private void send(EventKind kind, String key, String json, String eventId, Consumer<RecordMetadata> acknowledged) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(kind.topic(), key, json.getBytes(StandardCharsets.UTF_8));
        Backend.headers(kind, eventId).forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        producer.send(record, (metadata, error) -> {
            if (error == null) {
                acknowledged.accept(metadata);
            } else {
                failed.incrementAndGet();
            }
        });
    }

    private static void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
        producer.close(java.time.Duration.ofSeconds(10));
    }
}
