package dev.runstrength.platform.kafka;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProducersTest {

    @Test
    void recordsGoUncompressedUnlessTheServiceSaysOtherwise() {
        Map<String, Object> config = Producers.config(Map.of("bootstrap.servers", "localhost:9092"), "outbox-relay");

        assertThat(config).containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none")
                .containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024)
                .containsEntry(ProducerConfig.BUFFER_MEMORY_CONFIG, 8L * 1024 * 1024)
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
    }

    @Test
    void theServicesSettingsWinOverTheDefaultsButNotOverDurability() {
        Map<String, Object> config = Producers.config(Map.of("compression.type", "lz4", "acks", "1",
                "group.id", "planner-service"), "dead-letters");

        assertThat(config).containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "dead-letters")
                .doesNotContainKey("group.id"); // a consumer setting is not handed to the producer
    }
}
