package dev.runstrength.platform.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.jboss.logging.Logger;

/**
 * The largest record each topic takes: the smaller of the producer's {@code max.request.size} and the
 * topic's effective {@code max.message.bytes} (its own setting, else the broker's
 * {@code message.max.bytes}), read once per topic from the broker. When the broker cannot say (it is
 * down, or the client lacks the DescribeConfigs right on the topic, as the Kubernetes KafkaUsers do),
 * {@code max.request.size} alone, which the deployments align with the topics' limit; asked again after
 * ten minutes.
 */
final class RecordLimits implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RecordLimits.class);
    private static final int DEFAULT_MAX_REQUEST_SIZE = 1_048_576;
    private static final Duration RETRY_AFTER = Duration.ofMinutes(10);

    private final Map<String, Object> kafkaConfig;
    private final int maxRequestSize;
    private final Map<String, Integer> topicLimits = new ConcurrentHashMap<>();
    /** When the broker last could not say (down, or no DescribeConfigs right on the topic): asked again later. */
    private final Map<String, Long> unanswered = new ConcurrentHashMap<>();
    private Admin admin;

    RecordLimits(Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
        Object configured = kafkaConfig.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        this.maxRequestSize = configured == null ? DEFAULT_MAX_REQUEST_SIZE : Integer.parseInt(configured.toString());
    }

    int of(String topic) {
        Integer topicLimit = topicLimits.get(topic);
        Long lastUnanswered = unanswered.get(topic);
        if (topicLimit == null && (lastUnanswered == null || System.nanoTime() - lastUnanswered > RETRY_AFTER.toNanos())) {
            topicLimit = askBroker(topic);
            if (topicLimit != null) {
                topicLimits.put(topic, topicLimit);
            } else {
                unanswered.put(topic, System.nanoTime());
            }
        }
        return topicLimit == null ? maxRequestSize : Math.min(maxRequestSize, topicLimit);
    }

    String describe(String topic) {
        Integer topicLimit = topicLimits.get(topic);
        return "max.request.size " + maxRequestSize + ", topic max.message.bytes "
                + (topicLimit == null ? "unknown" : topicLimit.toString());
    }

    private synchronized Integer askBroker(String topic) {
        try {
            if (admin == null) {
                Map<String, Object> config = new HashMap<>();
                kafkaConfig.forEach((key, value) -> {
                    if (AdminClientConfig.configNames().contains(key)) {
                        config.put(key, value);
                    }
                });
                config.put(AdminClientConfig.CLIENT_ID_CONFIG, "outbox-relay-limits");
                admin = Admin.create(config);
            }
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
            ConfigEntry entry = config == null ? null : config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            return entry == null || entry.value() == null ? null : Integer.valueOf(entry.value());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            LOG.debugf("Cannot read max.message.bytes of %s (%s); max.request.size alone bounds its records", topic, e.toString());
            return null;
        }
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
