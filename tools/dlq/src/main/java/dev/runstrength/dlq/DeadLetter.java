package dev.runstrength.dlq;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.runstrength.contracts.DeadLetterHeaders;
import dev.runstrength.contracts.cloudevents.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One record of a dead-letter topic: the failed record unchanged (key, value, its own headers) plus the
 * {@code dead-letter-*} headers the consumer added (contract, "Events on Kafka").
 */
record DeadLetter(DlqPosition position, byte[] key, byte[] value, List<Header> headers) {

    /**
     * Every header the dead-lettering adds starts with this: the contract's five ({@code dead-letter-reason},
     * {@code -cause}, {@code -topic}, {@code -partition}, {@code -offset}) and any a messaging library adds.
     * None of them goes back to the source topic.
     */
    static final String DEAD_LETTER_PREFIX = "dead-letter-";

    DeadLetter {
        headers = List.copyOf(headers);
    }

    static DeadLetter of(ConsumerRecord<byte[], byte[]> record) {
        List<Header> headers = new ArrayList<>();
        record.headers().forEach(headers::add);
        return new DeadLetter(new DlqPosition(record.partition(), record.offset()), record.key(), record.value(), headers);
    }

    /** The topic the record failed on, or null when the {@code dead-letter-topic} header is missing or blank. */
    String sourceTopic() {
        String topic = header(DeadLetterHeaders.TOPIC);
        return topic == null || topic.isBlank() ? null : topic.trim();
    }

    /** {@code topic/partition@offset} of the failed record, with {@code ?} for what the headers do not say. */
    String source() {
        String topic = sourceTopic();
        String partition = header(DeadLetterHeaders.PARTITION);
        String offset = header(DeadLetterHeaders.OFFSET);
        return (topic == null ? "?" : topic) + "/" + (partition == null ? "?" : partition) + "@" + (offset == null ? "?" : offset);
    }

    String reason() {
        return header(DeadLetterHeaders.REASON);
    }

    String eventId() {
        return header(CloudEventHeaders.ID);
    }

    String eventType() {
        return header(CloudEventHeaders.TYPE);
    }

    /** The record's own headers, CloudEvents ones included, so the event keeps its id when replayed. */
    List<Header> replayHeaders() {
        return headers.stream().filter(header -> !header.key().startsWith(DEAD_LETTER_PREFIX)).toList();
    }

    String keyText() {
        return key == null ? null : new String(key, StandardCharsets.UTF_8);
    }

    String valueText() {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    /** The last header of that name as UTF-8 text, or null. */
    String header(String name) {
        String found = null;
        for (Header header : headers) {
            if (header.key().equals(name)) {
                found = header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return found;
    }
}
