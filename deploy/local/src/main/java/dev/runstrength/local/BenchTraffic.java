package dev.runstrength.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.runstrength.contracts.ContractJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A running app's backend publishing with a plain Kafka client: CloudEvents in binary mode, keyed by
 * runner id, sent without waiting (the client batches them), as a backend under load would.
 */
final class BenchTraffic implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    BenchTraffic(String bootstrapServers) {
        this(bootstrapServers, "bench-backend", 16 * 1024);
    }

    /** batchBytes: the client's default (16 KB) for a backend; the echo's input uses the services' 256 KB. */
    BenchTraffic(String bootstrapServers, String clientId, int batchBytes) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(batchBytes));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes one event; returns at once. */
    void publish(String topic, String type, String key, Instant time, Object data) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json(data));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_source", "urn:runstrength:bench");
        header(record, "ce_type", type);
        header(record, "ce_time", time.toString());
        header(record, "content-type", "application/json");
        producer.send(record, (metadata, error) -> {
            if (error != null) {
                System.err.println("bench: could not publish to " + topic + ": " + error.getMessage());
            }
        });
    }

    /** A raw record, for the echo: value and a header as given. */
    void publishRaw(String topic, String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key, value));
    }

    void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] json(Object data) {
        try {
            return data instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                    : ContractJson.mapper().writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + data.getClass().getSimpleName(), e);
        }
    }
}
