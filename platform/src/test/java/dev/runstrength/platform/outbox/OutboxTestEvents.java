package dev.runstrength.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The workout events the outbox tests append, and what they read back from the records sent. */
final class OutboxTestEvents {

    private OutboxTestEvents() {
    }

    /** A workout's data with free-text notes, whose length sets the event's size. */
    static Map<String, Object> workout(String runnerId, String workoutId, String notes) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("workoutId", workoutId);
        data.put("runnerId", runnerId);
        data.put("notes", notes);
        return data;
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
