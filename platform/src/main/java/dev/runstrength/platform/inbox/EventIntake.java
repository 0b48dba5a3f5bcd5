package dev.runstrength.platform.inbox;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.cloudevents.CloudEventCodec;
import dev.runstrength.contracts.cloudevents.InboundEvent;
import dev.runstrength.contracts.validation.ContractValidator;
import dev.runstrength.contracts.validation.ContractViolation;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * The one way records enter a service: decode (any of the three accepted forms), validate against
 * the contract, then apply exactly once inside a transaction.
 *
 * <p>A record that cannot be read or breaks the contract throws {@link RejectedRecord}; the
 * channel's dead-letter failure strategy then copies it unchanged to {@code <topic>.dlq} with that
 * message as {@code dead-letter-reason}. Other failures (a database hiccup) are retried a few times
 * before they, too, are dead-lettered rather than blocking the partition forever.
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);
    private static final Duration[] RETRY_BACKOFF = {Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(3)};

    private static final CloudEventCodec CODEC = new CloudEventCodec();

    private final ConsumedEvents consumed;
    private final ContractValidator validator;
    private final MeterRegistry registry;

    public EventIntake(ConsumedEvents consumed, MeterRegistry registry) {
        this.consumed = consumed;
        this.validator = new ContractValidator(Clock.systemUTC());
        this.registry = registry;
    }

    /** Something that applies a decoded, valid event to the service's state. */
    @FunctionalInterface
    public interface Handler {
        void apply(EventKind kind, InboundEvent event) throws Exception;
    }

    /**
     * @param consumer name of the consuming component in the idempotency log
     * @param accepted the event kinds this topic may carry
     * @return true when the event was applied, false when it was a duplicate
     */
    public boolean accept(String consumer, Set<EventKind> accepted, ConsumerRecord<String, byte[]> record, Handler handler) {
        InboundEvent event;
        try {
            event = readValid(accepted, record);
        } catch (ContractViolation violation) {
            registry.counter("runstrength.events.rejected", "consumer", consumer).increment();
            throw new RejectedRecord(violation.getMessage(), violation);
        }
        return applyCounted(consumer, event, handler);
    }

    /**
     * For a consumer that wants only some of the kinds on a topic another service owns (tracking reads only the
     * erasures on {@code runner.profiles}, the planner's topic): every other record is skipped, neither applied
     * nor dead-lettered. A record that cannot be read or breaks the contract is skipped too: the topic's own
     * consumer reads it with the same checks and dead-letters it, and a second copy in the DLQ would only mislead.
     *
     * @return true when the event was applied, false when it was a duplicate or skipped
     */
    public boolean acceptOnly(String consumer, Set<EventKind> wanted, ConsumerRecord<String, byte[]> record,
                              Handler handler) {
        InboundEvent event;
        try {
            event = CODEC.decode(EventKind.onTopic(record.topic()), headers(record), record.value());
            if (!wanted.contains(event.kind())) {
                registry.counter("runstrength.events.skipped", "consumer", consumer).increment();
                return false;
            }
            check(event, record);
        } catch (ContractViolation violation) {
            registry.counter("runstrength.events.skipped", "consumer", consumer).increment();
            LOG.debugf("%s skips a record the topic's own consumer dead-letters, at %s-%d@%d: %s", consumer,
                    record.topic(), record.partition(), record.offset(), violation.getMessage());
            return false;
        }
        return applyCounted(consumer, event, handler);
    }

    /** Decodes (any of the kinds), then checks it as {@link #check} does. */
    private InboundEvent readValid(Set<EventKind> kinds, ConsumerRecord<String, byte[]> record) {
        InboundEvent event = CODEC.decode(kinds, headers(record), record.value());
        check(event, record);
        return event;
    }

    /** The record has a key, equal to the data's key field, and the data keeps the contract. */
    private void check(InboundEvent event, ConsumerRecord<String, byte[]> record) {
        requireKey(event.kind(), record.key());
        validator.validate(event.kind(), event.data(), record.key());
    }

    private boolean applyCounted(String consumer, InboundEvent event, Handler handler) {
        EventKind kind = event.kind();
        boolean applied = applyWithRetry(consumer, kind, event, handler);
        registry.counter(applied ? "runstrength.events.applied" : "runstrength.events.duplicates",
                "consumer", consumer).increment();
        return applied;
    }

    /**
     * The key is the aggregate id (the runner id, an exercise id on catalog.exercises): the partition, and so
     * the order of one runner's events, depends on it. A record without one could land anywhere and overtake.
     */
    private static void requireKey(EventKind kind, String key) {
        if (key == null) {
            throw ContractViolation.of("key", "is required: the record key must be the event's " + kind.keyField()
                    + ", so that its events stay in order on one partition; was missing");
        }
    }

    private boolean applyWithRetry(String consumer, EventKind kind, InboundEvent event, Handler handler) {
        for (int attempt = 0; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!consumed.markConsumed(consumer, event.id())) {
                        return false;
                    }
                    handler.apply(kind, event);
                    return true;
                });
            } catch (RuntimeException e) {
                Throwable cause = rootCause(e);
                if (cause instanceof ContractViolation || cause instanceof RejectedRecord) {
                    throw new RejectedRecord(cause.getMessage(), cause);
                }
                if (attempt >= RETRY_BACKOFF.length) {
                    throw new RejectedRecord("processing failed after " + (attempt + 1) + " attempts: " + cause, cause);
                }
                LOG.warnf("Applying event %s failed (attempt %d), retrying: %s", event.id(), attempt + 1, cause.toString());
                sleep(RETRY_BACKOFF[attempt]);
            }
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause
                && !(cause instanceof ContractViolation) && !(cause instanceof RejectedRecord)) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static Map<String, byte[]> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, byte[]> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return headers;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
