package dev.runstrength.infra.quarkus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.runstrength.infra.ContractTopics;
import dev.runstrength.infra.TopicSpec;
import dev.runstrength.infra.Topics;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Kafka broker for {@code @QuarkusTest}s: one per JVM, shared by every test class and profile,
 * stopped when the JVM exits. Creates the contract topics and their {@code .dlq} twins, or the topics
 * named by the {@value #TOPICS} init arg ("a,b:compact") and their twins.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    public static final String TOPICS = "topics";
    public static final String PARTITIONS = "partitions";

    private List<TopicSpec> topics = ContractTopics.all(ContractTopics.DEFAULT_PARTITIONS);

    @Override
    public void init(Map<String, String> initArgs) {
        int partitions = Integer.parseInt(initArgs.getOrDefault(PARTITIONS, String.valueOf(ContractTopics.DEFAULT_PARTITIONS)));
        String named = initArgs.get(TOPICS);
        if (named == null) {
            topics = ContractTopics.all(partitions);
        } else {
            List<TopicSpec> withTwins = new ArrayList<>(ContractTopics.parse(named, partitions));
            ContractTopics.parse(named, partitions).forEach(topic -> withTwins.add(topic.deadLetter()));
            topics = List.copyOf(withTwins);
        }
    }

    @Override
    public Map<String, String> start() {
        String bootstrapServers = bootstrapServers();
        Topics.create(bootstrapServers, topics);
        return Map.of("kafka.bootstrap.servers", bootstrapServers);
    }

    /** The shared broker stays up for the next test class; the JVM's exit stops it. */
    @Override
    public void stop() {
    }

    /** The shared broker's address, starting it if needed: for tests that publish or consume themselves. */
    public static String bootstrapServers() {
        return OnePerJvm.kafkaBootstrapServers();
    }
}
