package dev.runstrength.platform.inbox;

import dev.runstrength.contracts.EventKind;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Makes fields the contract does not name visible to an operator. The contract lets producers add fields and every
 * consumer ignores them, so a misspelt one ({@code pain} for {@code painAreas}) is applied without the runner's
 * pain and without a word; over HTTP the 202 lists them, on Kafka nothing answers the producer. So each consumer
 * counts the events that carry any ({@code runstrength_events_with_unknown_fields_total}) and logs each field once,
 * array positions folded ({@code exercises[].weight}), up to {@value #LOGGED_FIELDS} fields, so that a producer
 * sending ever new names cannot fill the log.
 */
final class UnknownFieldsNotice {

    static final int LOGGED_FIELDS = 100;
    private static final Logger LOG = Logger.getLogger(UnknownFieldsNotice.class);
    private static final Pattern POSITION = Pattern.compile("\\[\\d+]");

    private final MeterRegistry registry;
    private final Map<String, Set<String>> logged = new ConcurrentHashMap<>();

    UnknownFieldsNotice(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts one batch's events that carried unknown fields (possibly none, so the series starts at 0). */
    void count(String consumer, int events) {
        registry.counter("runstrength.events.with.unknown.fields", "consumer", consumer).increment(events);
    }

    /** Logs the fields of one event that {@code consumer} has not logged before. */
    void note(String consumer, EventKind kind, List<String> fields, ConsumerRecord<?, ?> record) {
        for (String field : firstSeen(consumer, fields)) {
            LOG.warnf("%s: %s events carry '%s', a field the contract does not name, which is ignored (first seen at"
                            + " %s-%d@%d). If it is a misspelt contract field, the events are applied without it."
                            + " Each new field is logged once; runstrength_events_with_unknown_fields_total counts the events.",
                    consumer, kind.type(), field, record.topic(), record.partition(), record.offset());
        }
    }

    /** The fields, positions folded, that {@code consumer} has not logged yet, now remembered; none past the bound. */
    List<String> firstSeen(String consumer, List<String> fields) {
        Set<String> seen = logged.computeIfAbsent(consumer, c -> ConcurrentHashMap.newKeySet());
        List<String> first = new ArrayList<>();
        for (String field : fields) {
            String folded = POSITION.matcher(field).replaceAll("[]");
            if (seen.size() < LOGGED_FIELDS && seen.add(folded)) {
                first.add(folded);
            }
        }
        return first;
    }
}
