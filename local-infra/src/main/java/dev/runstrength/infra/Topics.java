package dev.runstrength.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/** Topic administration on any broker, known only by its address. */
public final class Topics {

    private Topics() {
    }

    /** An admin client; the caller closes it. */
    public static Admin admin(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        return Admin.create(props);
    }

    /** Creates the topics that do not exist yet; existing ones are left as they are. */
    public static void create(String bootstrapServers, List<TopicSpec> topics) {
        List<NewTopic> newTopics = new ArrayList<>();
        for (TopicSpec topic : topics) {
            NewTopic newTopic = new NewTopic(topic.name(), topic.partitions(), (short) 1);
            if (topic.compacted()) {
                newTopic.configs(Map.of("cleanup.policy", "compact"));
            }
            newTopics.add(newTopic);
        }
        try (Admin admin = admin(bootstrapServers)) {
            Map<String, KafkaFuture<Void>> results = admin.createTopics(newTopics).values();
            for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
                try {
                    result.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic " + result.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out creating topics on " + bootstrapServers, e);
        }
    }

    public static Set<String> names(String bootstrapServers) {
        try (Admin admin = admin(bootstrapServers)) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not list topics on " + bootstrapServers, e);
        }
    }
}
