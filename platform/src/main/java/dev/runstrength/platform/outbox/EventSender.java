package dev.runstrength.platform.outbox;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.cloudevents.CloudEventCodec;
import dev.runstrength.contracts.cloudevents.OutboundEvent;
import dev.runstrength.contracts.cloudevents.OutboundRecord;
import dev.runstrength.platform.kafka.Producers;
import io.micrometer.core.instrument.MeterRegistry;
import dev.runstrength.platform.tracing.EventTraceContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;

/**
 * Sends outbox rows to Kafka as CloudEvents in binary mode, through one idempotent producer
 * configured from the service's {@code kafka.*} properties (so TLS/SASL settings apply here too).
 */
@ApplicationScoped
public class EventSender {

    private static final CloudEventCodec CODEC = new CloudEventCodec();

    private final Map<String, Object> kafkaConfig;
    private final MeterRegistry registry;
    private final RecordLimits limits;
    private final SendSpans spans;
    private volatile Producer<String, byte[]> producer;

    public EventSender(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry,
                       Tracer tracer) {
        this.kafkaConfig = kafkaConfig;
        this.registry = registry;
        this.limits = new RecordLimits(kafkaConfig);
        this.spans = new SendSpans(tracer);
    }

    /** An event the broker will never take as it is (too large), and the broker's or client's words. */
    public record Refusal(OutboxEvent event, String reason) {
    }

    /**
     * Sends every event, in order, without waiting between them (the producer batches them per
     * partition), and returns once the broker has answered each of them: the events it refused for good
     * (over the broker's or the topic's message size, or the producer's {@code max.request.size}).
     * Throws when any other send failed or timed out; the caller then sends the batch again later.
     */
    public List<Refusal> sendAll(List<OutboxEvent> events, Duration timeout) throws Exception {
        List<Refusal> refused = new ArrayList<>();
        List<OutboxEvent> sent = new ArrayList<>(events.size());
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        List<Span> sends = new ArrayList<>(events.size());
        for (OutboxEvent event : events) {
            ProducerRecord<String, byte[]> record = toRecord(event);
            // the send continues the trace stored with the row, and the record carries the send's context
            Span send = spans.start(event, record);
            EventTraceContext.write(SendSpans.carried(send, event), record.headers());
            int size = sizeOf(record);
            int limit = limits.of(record.topic());
            if (size > limit) {
                // not sent at all: a compressed record the broker refuses makes the producer split it and
                // retry until delivery.timeout.ms, then fail with a timeout that looks like any other
                refused.add(new Refusal(event, "RecordTooLargeException: the record is " + size + " bytes, more than the "
                        + limit + " that " + record.topic() + " takes (" + limits.describe(record.topic()) + ")"));
                SendSpans.end(send, "refused: too large");
                continue;
            }
            sent.add(event);
            sends.add(send);
            acks.add(producer().send(record));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception failure = null;
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                SendSpans.end(sends.get(i), null);
            } catch (ExecutionException e) {
                SendSpans.end(sends.get(i), e.getCause().toString());
                if (tooLarge(e.getCause())) {
                    refused.add(new Refusal(sent.get(i), e.getCause().getClass().getSimpleName() + ": "
                            + e.getCause().getMessage()));
                } else if (failure == null) {
                    failure = e;
                }
            } catch (TimeoutException e) {
                SendSpans.end(sends.get(i), "no acknowledgement in time");
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw new SendFailed(refused, failure);
        }
        return refused;
    }

    /** Some sends failed in a way that may pass; {@link #refused()} were refused for good all the same. */
    public static final class SendFailed extends Exception {

        private final transient List<Refusal> refused;

        SendFailed(List<Refusal> refused, Exception cause) {
            super(cause.getCause() != null ? cause.getCause().toString() : cause.toString(), cause);
            this.refused = List.copyOf(refused);
        }

        public List<Refusal> refused() {
            return refused;
        }
    }

    /** The most the record can take on the wire, uncompressed, as the producer itself reckons it. */
    static int sizeOf(ProducerRecord<String, byte[]> record) {
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        return AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.NONE,
                key, record.value(), record.headers().toArray());
    }

    private static boolean tooLarge(Throwable error) {
        return error instanceof RecordTooLargeException || error instanceof RecordBatchTooLargeException;
    }

    static ProducerRecord<String, byte[]> toRecord(OutboxEvent event) {
        EventKind kind = EventKind.ofType(event.eventType)
                .orElseThrow(() -> new IllegalStateException("outbox row " + event.id + " has unknown type " + event.eventType));
        // the stored payload is already the data's JSON: written as it is, not parsed and written again
        OutboundRecord encoded = CODEC.encode(new OutboundEvent(kind, event.eventId, event.source, event.occurredAt,
                event.recordKey, new RawValue(event.payload)));
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(encoded.topic(), null, encoded.key(), encoded.value());
        encoded.headers().forEach((name, value) -> record.headers().add(name, value));
        return record;
    }

    private Producer<String, byte[]> producer() {
        Producer<String, byte[]> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = Producers.create(kafkaConfig, "outbox-relay", registry);
                }
                current = producer;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        limits.close();
        Producer<String, byte[]> current = producer;
        if (current != null) {
            current.close(Duration.ofSeconds(5));
        }
    }
}
