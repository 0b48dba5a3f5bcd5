package dev.runstrength.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/** How far this process has taken each channel in: per partition, the offset after the last record done. */
@ApplicationScoped
public class ChannelPositions {

    private final Map<String, Map<TopicPartition, Long>> positions = new ConcurrentHashMap<>();

    /**
     * The records were taken in (applied, found applied before, dead-lettered, or skipped as tombstones:
     * a consumer that leaves some records out of the intake reports them here itself).
     */
    public void done(String channel, Iterable<ConsumerRecord<String, byte[]>> records) {
        Map<TopicPartition, Long> ofChannel = positions.computeIfAbsent(channel, c -> new ConcurrentHashMap<>());
        for (ConsumerRecord<String, byte[]> record : records) {
            ofChannel.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
        }
    }

    /** The offset after the last record this process applied or dead-lettered on the partition, or 0. */
    public long of(String channel, TopicPartition partition) {
        return positions.getOrDefault(channel, Map.of()).getOrDefault(partition, 0L);
    }
}
