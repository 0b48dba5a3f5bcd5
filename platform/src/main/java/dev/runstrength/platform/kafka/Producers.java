package dev.runstrength.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The platform's own producers (outbox relay, dead letters), configured from the service's
 * {@code kafka.*} properties so that TLS, SASL and {@code max.request.size} settings apply to them too.
 */
public final class Producers {

    private Producers() {
    }

    /**
     * A producer whose client metrics are exported as {@code kafka_producer_*} with its client id, like the
     * SmallRye channels' clients.
     */
    public static Producer<String, byte[]> create(Map<String, Object> kafkaConfig, String clientId,
                                                  MeterRegistry registry) {
        Producer<String, byte[]> producer = create(kafkaConfig, clientId);
        new KafkaClientMetrics(producer).bindTo(registry);
        return producer;
    }

    public static Producer<String, byte[]> create(Map<String, Object> kafkaConfig, String clientId) {
        return new KafkaProducer<>(config(kafkaConfig, clientId), new StringSerializer(), new ByteArraySerializer());
    }

    /** The producer settings: the service's producer-side {@code kafka.*} settings over the platform's defaults. */
    static Map<String, Object> config(Map<String, Object> kafkaConfig, String clientId) {
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
        // plans are tens of KB of JSON: batches that hold several of them. Not compressed: every path is
        // CPU-bound, and lz4 (pure Java here) cost the planner about a quarter of its CPU per plan, the broker
        // and every consumer more to undo it, against bytes a local network carries easily (docs/performance.md).
        // kafka.compression.type (KAFKA_COMPRESSION_TYPE) turns it back on where bytes cost more than CPU.
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        // The producer keeps every batch buffer it freed for reuse, up to buffer.memory (32 MB by default): in a
        // 96 MB heap, relay batches of uncompressed plans could leave that much held for good. The relay sends at
        // most 4 MB of payload a batch (runstrength.outbox.batch-bytes), so 8 MB does not make it wait.
        config.putIfAbsent(ProducerConfig.BUFFER_MEMORY_CONFIG, 8L * 1024 * 1024);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return config;
    }
}
