package dev.runstrength.platform.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Ready means caught up. At start it reads the end offsets of each source channel's topic; until every
 * partition has been taken in up to them (by this process, {@link ChannelPositions}, or by the channel's
 * consumer group before, its committed offsets), readiness is DOWN ({@code catalog.exercises 120/300})
 * and the held channels stay paused. Then it resumes them (every copy of a channel with {@code concurrency})
 * and readiness is UP. An empty topic is caught up at once. Paused channels lose nothing: the connector
 * stops fetching when nobody asks for records.
 */
@ApplicationScoped
public class CatchUp {

    private static final Logger LOG = Logger.getLogger(CatchUp.class);

    private final CatchUpConfig config;
    private final Config mpConfig;
    private final Map<String, Object> kafkaConfig;
    private final ChannelPositions positions;
    private final IntakeReadiness readiness;
    private final ChannelRegistry channels;

    private final Map<String, Map<TopicPartition, Long>> ends = new HashMap<>();
    private ScheduledExecutorService timer;
    private Admin admin;

    public CatchUp(CatchUpConfig config, Config mpConfig, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                   ChannelPositions positions, IntakeReadiness readiness, ChannelRegistry channels) {
        this.config = config;
        this.mpConfig = mpConfig;
        this.kafkaConfig = kafkaConfig;
        this.positions = positions;
        this.readiness = readiness;
        this.channels = channels;
    }

    void start(@Observes StartupEvent event) {
        List<String> sources = config.sources().orElse(List.of());
        if (sources.isEmpty()) {
            resumeHeld();
            return;
        }
        sources.forEach(source -> readiness.catchingUp(topicOf(source), "reading its end offsets"));
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "catch-up");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.checkEvery().toMillis();
        timer.scheduleWithFixedDelay(this::check, 0, every, TimeUnit.MILLISECONDS);
    }

    private void check() {
        try {
            boolean all = true;
            for (String source : config.sources().orElse(List.of())) {
                all &= caughtUp(source);
            }
            if (all) {
                resumeHeld();
                close();
            }
        } catch (Exception e) {
            LOG.debugf(e, "Catch-up check failed, trying again");
        }
    }

    private boolean caughtUp(String source) throws Exception {
        String topic = topicOf(source);
        Map<TopicPartition, Long> end = ends.get(source);
        if (end == null) {
            end = endOffsets(topic);
            ends.put(source, end);
            LOG.infof("Catching up with %s: %d records to its end offsets %s", topic,
                    end.values().stream().mapToLong(Long::longValue).sum(), end);
        }
        Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(groupOf(source))
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        long done = 0;
        long total = 0;
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            OffsetAndMetadata mark = committed.get(partition.getKey());
            long at = Math.max(positions.of(source, partition.getKey()), mark == null ? 0 : mark.offset());
            done += Math.min(at, partition.getValue());
            total += partition.getValue();
        }
        if (done >= total) {
            if (readiness.catchingUp().containsKey(topic)) {
                LOG.infof("Caught up with %s (%d records)", topic, total);
            }
            readiness.caughtUp(topic);
            return true;
        }
        readiness.catchingUp(topic, done + "/" + total);
        return false;
    }

    private Map<TopicPartition, Long> endOffsets(String topic) throws Exception {
        Map<String, TopicDescription> described;
        try {
            described = admin().describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) {
                return Map.of();
            }
            throw e;
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        described.get(topic).partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> end = new HashMap<>();
        admin().listOffsets(latest).all().get(10, TimeUnit.SECONDS).forEach((partition, info) -> end.put(partition, info.offset()));
        return end;
    }

    private void resumeHeld() {
        for (String held : config.held().orElse(List.of())) {
            for (String copy : copiesOf(held)) {
                PausableChannel channel = channels.getPausable(copy);
                if (channel == null) {
                    LOG.warnf("Channel %s is not pausable (pausable=true missing): it was never held", copy);
                } else if (channel.isPaused()) {
                    channel.resume();
                    LOG.infof("Channel %s resumed: caught up", copy);
                }
            }
        }
    }

    /**
     * The names under which a channel's consumers can be paused: the channel itself, or with
     * {@code concurrency=N} its N copies {@code <channel>$1 .. <channel>$N} (SmallRye registers each copy's
     * pauser under its own name, none under the channel's).
     */
    private List<String> copiesOf(String channel) {
        int copies = mpConfig.getOptionalValue("mp.messaging.incoming." + channel + ".concurrency", Integer.class).orElse(1);
        if (copies <= 1) {
            return List.of(channel);
        }
        return IntStream.rangeClosed(1, copies).mapToObj(i -> channel + "$" + i).toList();
    }

    private String topicOf(String channel) {
        return mpConfig.getOptionalValue("mp.messaging.incoming." + channel + ".topic", String.class).orElse(channel);
    }

    private String groupOf(String channel) {
        return mpConfig.getValue("mp.messaging.incoming." + channel + ".group.id", String.class);
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> settings = new HashMap<>();
            kafkaConfig.forEach((key, value) -> {
                if (AdminClientConfig.configNames().contains(key)) {
                    settings.put(key, value);
                }
            });
            settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "catch-up");
            admin = Admin.create(settings);
        }
        return admin;
    }

    private synchronized void close() {
        if (timer != null) {
            timer.shutdown();
        }
        if (admin != null) {
            admin.close();
            admin = null;
        }
    }

    void stop(@Observes ShutdownEvent event) {
        close();
    }
}
