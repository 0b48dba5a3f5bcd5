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
        EventKind kind;
        try {
            event = CODEC.decode(accepted, headers(record), record.value());
            kind = event.kind();
            validator.validate(kind, event.data(), record.key());
        } catch (ContractViolation violation) {
            registry.counter("runstrength.events.rejected", "consumer", consumer).increment();
            throw new RejectedRecord(violation.getMessage(), violation);
        }
        boolean applied = applyWithRetry(consumer, kind, event, handler);
        registry.counter(applied ? "runstrength.events.applied" : "runstrength.events.duplicates",
                "consumer", consumer).increment();
        return applied;
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
