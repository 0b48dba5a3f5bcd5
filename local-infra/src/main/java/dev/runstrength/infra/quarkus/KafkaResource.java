package dev.runstrength.infra.quarkus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.runstrength.infra.ContractTopics;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.TopicSpec;
import dev.runstrength.infra.Topics;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Kafka broker for {@code @QuarkusTest}s: one per JVM, shared by every test class and profile,
 * stopped when the JVM exits. Creates the contract topics and their {@code .dlq} twins, or the topics
 * named by the {@value #TOPICS} init arg ("a,b:compact") and their twins. A test's field marked
 * {@link InjectKafkaProbe} gets a {@link KafkaProbe} of that broker, closed when the application stops.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    public static final String TOPICS = "topics";
    public static final String PARTITIONS = "partitions";
    /**
     * Broker settings ("message.max.bytes=16384", comma-separated) for a test that needs a broker unlike
     * the shared one: it gets a broker of its own with them, shared only with tests asking the same.
     */
    public static final String BROKER_PROPERTIES = "broker-properties";

    private List<TopicSpec> topics = ContractTopics.all(ContractTopics.DEFAULT_PARTITIONS);
    private String brokerProperties = "";
    private KafkaProbe probe;

    @Override
    public void init(Map<String, String> initArgs) {
        int partitions = Integer.parseInt(initArgs.getOrDefault(PARTITIONS, String.valueOf(ContractTopics.DEFAULT_PARTITIONS)));
        brokerProperties = initArgs.getOrDefault(BROKER_PROPERTIES, "");
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
        String bootstrapServers = bootstrapServers(brokerProperties);
        Topics.create(bootstrapServers, topics);
        return Map.of("kafka.bootstrap.servers", bootstrapServers);
    }

    @Override
    public synchronized void inject(TestInjector testInjector) {
        if (probe == null) {
            probe = new KafkaProbe(bootstrapServers(brokerProperties));
        }
        testInjector.injectIntoFields(probe, new TestInjector.AnnotatedAndMatchesType(InjectKafkaProbe.class, KafkaProbe.class));
    }

    /** The shared broker stays up for the next test class; the JVM's exit stops it. */
    @Override
    public synchronized void stop() {
        if (probe != null) {
            probe.close();
            probe = null;
        }
    }

    /** The shared broker's address, starting it if needed: for tests that publish or consume themselves. */
    public static String bootstrapServers() {
        return OnePerJvm.kafkaBootstrapServers();
    }

    /** The address of the broker started with these settings ({@link #BROKER_PROPERTIES}), starting it if needed. */
    public static String bootstrapServers(String brokerProperties) {
        return OnePerJvm.kafkaBootstrapServers(brokerProperties);
    }
}
