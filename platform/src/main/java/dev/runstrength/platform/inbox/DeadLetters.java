package dev.runstrength.platform.inbox;

import dev.runstrength.contracts.DeadLetterHeaders;
import dev.runstrength.platform.kafka.Producers;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.Config;

/**
 * Copies rejected records unchanged (key, value, headers) to their channel's dead-letter topic, with
 * the headers the contract names and the ones SmallRye's own dead-letter strategy used to add, so a
 * DLQ reads the same as before batches. The reason and the cause are at most
 * {@value RejectedRecord#MAX_HEADER_BYTES} bytes each, marked {@value RejectedRecord#CUT_MARK} when cut.
 */
@ApplicationScoped
public class DeadLetters {

    static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    static final String CAUSE = "dead-letter-cause";
    static final String CAUSE_CLASS = "dead-letter-cause-class-name";
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    /** A record the intake could not apply, and why. */
    public record Rejection(ConsumerRecord<String, byte[]> record, String reason, Throwable error) {
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
        if (rejection.error() != null) {
            // as SmallRye's strategy wrote them when the intake threw RejectedRecord: the exception is the
            // rejection, the cause what made it (a contract violation, a parse or database error)
            boolean wrapped = rejection.error() instanceof RejectedRecord;
            add(letter, EXCEPTION_CLASS, RejectedRecord.class.getName());
            Throwable cause = wrapped ? rejection.error().getCause() : rejection.error();
            if (cause != null) {
                add(letter, CAUSE, RejectedRecord.cut(String.valueOf(cause.getMessage())));
                add(letter, CAUSE_CLASS, cause.getClass().getName());
            }
        }
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
