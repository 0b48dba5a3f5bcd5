package dev.runstrength.contracts.cloudevents;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A Kafka record ready to send: CloudEvents binary mode, headers in a stable order, value = data JSON.
 */
public record OutboundRecord(String topic, String key, Map<String, byte[]> headers, byte[] value) {

    /** A header as UTF-8 text, or null when absent. */
    public String header(String name) {
        byte[] bytes = headers.get(name);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
