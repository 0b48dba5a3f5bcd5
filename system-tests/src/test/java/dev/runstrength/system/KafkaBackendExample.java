package dev.runstrength.system;

// docs/integration.md shows this file from here on; IntegrationDocTest keeps the two the same.
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A running app's backend with nothing but kafka-clients: events in, RunStrength's events out. */
public class KafkaBackendExample implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;

    public KafkaBackendExample(String bootstrapServers, String groupId) {
        Properties producerSettings = new Properties();
        producerSettings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerSettings.put(ProducerConfig.ACKS_CONFIG, "all");
        producerSettings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer = new KafkaProducer<>(producerSettings, new StringSerializer(), new StringSerializer());

        Properties consumerSettings = new Properties();
        consumerSettings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerSettings.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        consumerSettings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(consumerSettings, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of("planner.plans", "tracking.progressions"));
    }

    /** A runner's whole profile (the data of dev.runstrength.runner.profile.updated.v1), keyed by runnerId. */
    public void sendProfile(String runnerId, String profileJson) throws Exception {
        send("runner.profiles", "dev.runstrength.runner.profile.updated.v1", runnerId, profileJson);
    }

    /** A completed workout (dev.runstrength.workout.completed.v1), keyed by runnerId. */
    public void sendWorkout(String runnerId, String workoutJson) throws Exception {
        send("workouts.completed", "dev.runstrength.workout.completed.v1", runnerId, workoutJson);
    }

    /** CloudEvents binary mode: the attributes in headers, the data JSON as the value. */
    private void send(String topic, String type, String runnerId, String json) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, runnerId, json);
        record.headers()
                .add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes(UUID.randomUUID().toString()))
                .add("ce_source", bytes("urn:example:running-app"))
                .add("ce_type", bytes(type))
                .add("ce_time", bytes(Instant.now().toString()))
                .add("content-type", bytes("application/json"));
        producer.send(record).get(); // wait for the broker's acknowledgement
    }

    /**
     * The next event of the runner on {@code planner.plans} (a plan) or {@code tracking.progressions}
     * (a progression update), as data JSON; null when none came in time. A real backend would run
     * this loop for good and store what arrives, keyed by runnerId.
     */
    public String awaitEvent(String topic, String runnerId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.topic().equals(topic) && runnerId.equals(record.key())) {
                    return record.value();
                }
            }
        }
        return null;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
        consumer.close();
    }
}
