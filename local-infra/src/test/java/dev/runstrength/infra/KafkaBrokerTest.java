package dev.runstrength.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    private static KafkaBroker broker;
    private static KafkaProbe probe;

    @BeforeAll
    static void startBroker() {
        long started = System.nanoTime();
        broker = KafkaBroker.start(KafkaBroker.Options.defaults());
        Timings.report("kafka broker start (temp dir)", started);
        probe = new KafkaProbe(broker.bootstrapServers());
    }

    @AfterAll
    static void stopBroker() {
        probe.close();
        Path dir = broker.dataDir();
        long started = System.nanoTime();
        broker.stop();
        Timings.report("kafka broker stop", started);
        assertThat(dir).doesNotExist();
    }

    @Test
    void listensOnLoopback() {
        assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:").isNotEqualTo("127.0.0.1:0");
    }

    @Test
    void createsTopicsWithTheirPartitionsAndIgnoresExistingOnes() {
        List<TopicSpec> topics = List.of(TopicSpec.deleting("broker-test.created", 3), TopicSpec.deleting("broker-test.single", 1));
        broker.createTopics(topics);
        broker.createTopics(topics);

        assertThat(broker.topicNames()).contains("broker-test.created", "broker-test.single");
        assertThat(probe.partitionCount("broker-test.created")).isEqualTo(3);
        assertThat(probe.partitionCount("broker-test.single")).isEqualTo(1);
    }

    @Test
    void compactedTopicHasCompactCleanupPolicy() {
        broker.createTopics(List.of(TopicSpec.compacted("broker-test.compacted", 3), TopicSpec.deleting("broker-test.deleting", 3)));

        assertThat(probe.topicConfig("broker-test.compacted", "cleanup.policy")).isEqualTo("compact");
        assertThat(probe.topicConfig("broker-test.deleting", "cleanup.policy")).isEqualTo("delete");
    }

    @Test
    void recordRoundTripsWithKeyValueAndHeaders() {
        broker.createTopics(List.of(TopicSpec.deleting("broker-test.roundtrip", 3)));

        probe.produce("broker-test.roundtrip", "runner-1", "{\"hello\":1}".getBytes(StandardCharsets.UTF_8),
                Map.of("ce_type", "dev.runstrength.test.v1"));
        List<ConsumerRecord<String, byte[]>> records = probe.consume("broker-test.roundtrip", read -> !read.isEmpty(), Duration.ofSeconds(30));

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("runner-1");
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{\"hello\":1}");
            assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("dev.runstrength.test.v1");
        });
    }

    @Test
    void committedOffsetsShowHowFarAGroupHasRead() {
        broker.createTopics(List.of(TopicSpec.deleting("broker-test.offsets", 3)));
        probe.produce("broker-test.offsets", "runner-1", "one");
        probe.produce("broker-test.offsets", "runner-2", "two");
        assertThat(probe.committedOffsets("broker-test.group")).isEmpty();

        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "broker-test.group");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("broker-test.offsets"));
            int read = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (read < 2 && System.nanoTime() < deadline) {
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
            consumer.commitSync();
        }

        assertThat(probe.committedTotal("broker-test.group", "broker-test.offsets")).isEqualTo(2);
        assertThat(probe.committedOffsets("broker-test.group")).containsOnlyKeys(
                new TopicPartition("broker-test.offsets", 0), new TopicPartition("broker-test.offsets", 1),
                new TopicPartition("broker-test.offsets", 2));
    }

    @Test
    void consumeAllReadsEveryRecordPresentAtTheStart() {
        broker.createTopics(List.of(TopicSpec.deleting("broker-test.all", 3)));
        for (int i = 0; i < 10; i++) {
            probe.produce("broker-test.all", "key-" + i, "value-" + i);
        }

        assertThat(probe.consumeAll("broker-test.all", Duration.ofSeconds(30))).hasSize(10);
    }

    @Test
    void producingToAnUnknownTopicFailsInsteadOfCreatingIt() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "2000");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            Throwable failure = catchThrowable(() -> producer.send(new ProducerRecord<>("broker-test.never-created", "k", "v")).get());
            assertThat(failure).isNotNull();
        }
        assertThat(broker.topicNames()).doesNotContain("broker-test.never-created");
    }

    @Test
    void anOutageRefusesClientsUntilItEndsAndKeepsPortsTopicsAndRecords() {
        String topic = "broker-test.outage";
        broker.createTopics(List.of(TopicSpec.deleting(topic, 1)));
        probe.produce(topic, "k", "before the outage");
        String bootstrap = broker.bootstrapServers();

        broker.beginOutage();
        try {
            var admin = Topics.admin(bootstrap);
            try {
                assertThat(catchThrowable(() -> admin.describeCluster().nodes().get(3, java.util.concurrent.TimeUnit.SECONDS)))
                        .as("nothing answers during the outage").isNotNull();
            } finally {
                admin.close(Duration.ZERO);
            }
        } finally {
            broker.endOutage();
        }

        assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);
        assertThat(broker.topicNames()).contains(topic);
        probe.produce(topic, "k", "after the outage");
        assertThat(probe.consumeAll(topic, Duration.ofSeconds(30)))
                .extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                .containsExactly("before the outage", "after the outage");
    }
}
