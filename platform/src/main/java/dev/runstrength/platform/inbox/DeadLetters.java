package dev.runstrength.platform.inbox;

import dev.runstrength.contracts.DeadLetterHeaders;
import dev.runstrength.platform.kafka.Producers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Copies rejected records unchanged (key, value, headers) to their channel's dead-letter topic, with
 * the headers the contract names: {@code dead-letter-reason} (for a person, naming the field; at most
 * {@value RejectedRecord#MAX_HEADER_BYTES} bytes, marked {@value RejectedRecord#CUT_MARK} when cut),
 * {@code dead-letter-cause} (one word of {@link DeadLetterCause}), and the record's topic, partition and
 * offset. Each dead letter is one WARN line in the log (the stack trace only at DEBUG) and one count
 * of {@code runstrength_dead_letters_total{topic,cause}}.
 */
@ApplicationScoped
public class DeadLetters {

    static final String COUNTER = "runstrength.dead.letters";
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOGGED_KEY_CHARS = 200;
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");

    /** A record the intake could not apply, why (for a person), and the cause's word. */
    public record Rejection(ConsumerRecord<String, byte[]> record, String reason, DeadLetterCause cause, Throwable error) {

        public Rejection(ConsumerRecord<String, byte[]> record, Failure failure, Throwable error) {
            this(record, failure.reason(), failure.cause(), error);
        }

        /** The cause read from the error: a contract violation, a {@link RejectedRecord}, a database error. */
        public Rejection(ConsumerRecord<String, byte[]> record, String reason, Throwable error) {
            this(record, reason, causeOf(error), error);
        }

        public static Rejection of(ConsumerRecord<String, byte[]> record, Throwable error) {
            return new Rejection(record, Failure.classify(error), error);
        }

        private static DeadLetterCause causeOf(Throwable error) {
            Failure failure = error == null ? null : Failure.classify(error);
            return failure != null && failure.permanent() ? failure.cause() : DeadLetterCause.REFUSED;
        }
    }

    private final Map<String, Object> kafkaConfig;
    private final Config config;
    private final MeterRegistry registry;
    private final Map<String, String> topics = new ConcurrentHashMap<>();
    private volatile Producer<String, byte[]> producer;

    public DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, Config config,
                       MeterRegistry registry) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
        this.registry = registry;
    }

    /** Every consumed topic's counters at zero from the start, so a rate over them is defined before the first letter. */
    void registerCounters(@Observes StartupEvent event) {
        for (String name : config.getPropertyNames()) {
            if (INCOMING_TOPIC.matcher(name).matches()) {
                config.getOptionalValue(name, String.class).ifPresent(topic -> {
                    for (DeadLetterCause cause : DeadLetterCause.values()) {
                        counter(topic, cause);
                    }
                });
            }
        }
    }

    /**
     * Sends every rejection and returns once the broker acknowledged all of them. Throws when it cannot:
     * the caller must then not let the records' offsets be committed.
     */
    public void send(String channel, List<Rejection> rejections) {
        if (rejections.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rejections.size());
        for (Rejection rejection : rejections) {
            acks.add(producer().send(letter(topicOf(channel, rejection.record()), rejection)));
        }
        long deadline = System.nanoTime() + SEND_TIMEOUT.toNanos();
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (Exception e) {
            throw new IllegalStateException("could not write " + rejections.size() + " dead letters of channel "
                    + channel + ": " + e.getMessage(), e);
        }
        for (Rejection rejection : rejections) {
            logged(rejection);
            counter(rejection.record().topic(), rejection.cause()).increment();
        }
    }

    private Counter counter(String topic, DeadLetterCause cause) {
        return Counter.builder(COUNTER).description("Records sent to a dead-letter topic, by source topic and cause")
                .tag("topic", topic).tag("cause", cause.word()).register(registry);
    }

    private static void logged(Rejection rejection) {
        ConsumerRecord<String, byte[]> record = rejection.record();
        String key = record.key() == null || record.key().length() <= LOGGED_KEY_CHARS ? record.key()
                : record.key().substring(0, LOGGED_KEY_CHARS) + RejectedRecord.CUT_MARK;
        LOG.warnf("Dead-lettered topic=%s partition=%d offset=%d key=%s cause=%s reason=%s", record.topic(),
                record.partition(), record.offset(), key, rejection.cause().word(), RejectedRecord.cut(rejection.reason()));
        if (rejection.error() != null && LOG.isDebugEnabled()) {
            LOG.debugf(rejection.error(), "Dead-lettered topic=%s partition=%d offset=%d: the error", record.topic(),
                    record.partition(), record.offset());
        }
    }

    private String topicOf(String channel, ConsumerRecord<String, byte[]> record) {
        return topics.computeIfAbsent(channel, name -> config
                .getOptionalValue("mp.messaging.incoming." + name + ".dead-letter-queue.topic", String.class)
                .orElse(record.topic() + ".dlq"));
    }

    static ProducerRecord<String, byte[]> letter(String topic, Rejection rejection) {
        ConsumerRecord<String, byte[]> record = rejection.record();
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(topic, null, record.key(), record.value());
        for (Header header : record.headers()) {
            letter.headers().add(header.key(), header.value());
        }
        // a reason or cause may quote the record, which may be large: both are cut to a KiB (issue 13)
        add(letter, DeadLetterHeaders.REASON, RejectedRecord.cut(rejection.reason()));
        add(letter, DeadLetterHeaders.CAUSE, rejection.cause().word());
        // a record dead-lettered by SmallRye's own strategy before the batch intake carried class names; drop them
        letter.headers().remove("dead-letter-exception-class-name");
        letter.headers().remove("dead-letter-cause-class-name");
        add(letter, DeadLetterHeaders.TOPIC, record.topic());
        add(letter, DeadLetterHeaders.PARTITION, String.valueOf(record.partition()));
        add(letter, DeadLetterHeaders.OFFSET, String.valueOf(record.offset()));
        return letter;
    }

    private static void add(ProducerRecord<String, byte[]> letter, String name, String value) {
        letter.headers().remove(name);
        letter.headers().add(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private Producer<String, byte[]> producer() {
        Producer<String, byte[]> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = Producers.create(kafkaConfig, "dead-letters", registry);
                }
                current = producer;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        Producer<String, byte[]> current = producer;
        if (current != null) {
            current.close(Duration.ofSeconds(5));
        }
    }
}
