package dev.runstrength.platform.outbox;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.cloudevents.CloudEventCodec;
import dev.runstrength.contracts.cloudevents.OutboundEvent;
import dev.runstrength.contracts.cloudevents.OutboundRecord;
import dev.runstrength.platform.kafka.Producers;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Sends outbox rows to Kafka as CloudEvents in binary mode, through one idempotent producer
 * configured from the service's {@code kafka.*} properties (so TLS/SASL settings apply here too).
 */
@ApplicationScoped
public class EventSender {

    private static final CloudEventCodec CODEC = new CloudEventCodec();

    private final Map<String, Object> kafkaConfig;
    private volatile Producer<String, byte[]> producer;

    public EventSender(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    /**
     * Sends every event, in order, without waiting between them (the producer batches them per
     * partition), and returns once the broker has acknowledged all of them.
     */
    public void sendAll(List<OutboxEvent> events, Duration timeout) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        for (OutboxEvent event : events) {
            acks.add(producer().send(toRecord(event)));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
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
                    producer = Producers.create(kafkaConfig, "outbox-relay");
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
