package dev.runstrength.planner.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.Topics;
import dev.runstrength.infra.KafkaProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads {@code planner.plans} (shared by every test of the JVM) for one runner's events. */
public final class PlanEvents {

    private PlanEvents() {
    }

    /** Waits until at least {@code count} plan events for the runner are on the topic; returns all found. */
    public static List<ConsumerRecord<String, byte[]>> awaitFor(KafkaProbe kafka, String runnerId, int count) {
        return kafka.consume(Topics.PLANNER_PLANS,
                        records -> records.stream().filter(r -> runnerId.equals(r.key())).count() >= count,
                        Duration.ofSeconds(45))
                .stream().filter(r -> runnerId.equals(r.key())).toList();
    }

    /** Every plan event for the runner on the topic now. */
    public static List<ConsumerRecord<String, byte[]>> allFor(KafkaProbe kafka, String runnerId) {
        return kafka.consumeAll(Topics.PLANNER_PLANS, Duration.ofSeconds(30)).stream()
                .filter(r -> runnerId.equals(r.key())).toList();
    }

    public static JsonNode data(ConsumerRecord<String, byte[]> record) {
        try {
            return ContractJson.mapper().readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(String json) {
        try {
            return ContractJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
