package dev.runstrength.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.cloudevents.CloudEventCodec;
import dev.runstrength.contracts.cloudevents.OutboundEvent;
import dev.runstrength.contracts.cloudevents.OutboundRecord;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

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

    /** Sends every event, in order, and returns once the broker has acknowledged all of them. */
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
        OutboundRecord encoded;
        try {
            encoded = CODEC.encode(new OutboundEvent(kind, event.eventId, event.source, event.occurredAt,
                    event.recordKey, ContractJson.mapper().readTree(event.payload)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox row " + event.id + " holds unreadable JSON", e);
        }
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
                    producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
                }
                current = producer;
            }
        }
        return current;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // Idempotence keeps per-partition order and drops broker-side duplicates on internal retries.
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return config;
    }

    @PreDestroy
    void close() {
        Producer<String, byte[]> current = producer;
        if (current != null) {
            current.close(Duration.ofSeconds(5));
        }
    }
}
