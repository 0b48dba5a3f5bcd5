package dev.runstrength.platform.inbox;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.cloudevents.CloudEventCodec;
import dev.runstrength.contracts.cloudevents.InboundEvent;
import dev.runstrength.contracts.validation.ContractValidator;
import dev.runstrength.contracts.validation.ContractViolation;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * The one way records enter a service, a poll's batch at a time: decode (any of the three accepted
 * forms) and validate every record, drop the ids seen twice, then apply the rest in one transaction
 * that also logs their ids in {@code processed_event} and holds the outbox rows they append.
 *
 * <ul>
 * <li>A record that cannot be read or breaks the contract never reaches the transaction: it is
 *     dead-lettered alone, unchanged, with {@code dead-letter-reason} naming the field.</li>
 * <li>The transaction first locks every aggregate id of the batch ({@link KeyLocks}), then inserts
 *     all event ids with one statement; only events whose id was new reach the handler, in poll order.
 *     A redelivered batch therefore applies nothing.</li>
 * <li>When the handler refuses a record ({@link RejectedRecord}), the whole transaction rolls back
 *     and the batch is <em>isolated</em>: applied again one record per transaction, in order, so the
 *     refused record is dead-lettered alone and every other one is applied once.</li>
 * <li>Any other failure may be transient (a deadlock, a lost connection): the whole batch rolls back
 *     and is tried again after 0.2 s, 1 s and 3 s; if it still fails it is isolated too, each record
 *     then getting the same three retries before it is dead-lettered with
 *     {@code processing failed after 4 attempts}, rather than blocking its partition forever.</li>
 * </ul>
 *
 * <p>Dead letters are written before the method returns, so the connector commits a batch's offsets
 * only once each of its records is applied or dead-lettered. If even the dead-letter topic cannot be
 * written, the method throws and the channel fails (failure strategy {@code fail}) with nothing
 * committed past the batch.
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);
    private static final Duration[] RETRY_BACKOFF = {Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(3)};

    private static final CloudEventCodec CODEC = new CloudEventCodec();

    private final ConsumedEvents consumed;
    private final KeyLocks locks;
    private final DeadLetters deadLetters;
    private final ContractValidator validator;
    private final MeterRegistry registry;
    /** Each applied record's span, a child of the trace context it carries (docs/observability.md, "Traces"). */
    @Inject
    RecordSpans recordSpans;

    public EventIntake(ConsumedEvents consumed, KeyLocks locks, DeadLetters deadLetters, MeterRegistry registry) {
        this.consumed = consumed;
        this.locks = locks;
        this.deadLetters = deadLetters;
        this.validator = new ContractValidator(Clock.systemUTC());
        this.registry = registry;
    }

    /** Takes in one poll's records (tombstones already left out by the caller). */
    public BatchResult acceptBatch(IntakeChannel channel, Iterable<ConsumerRecord<String, byte[]>> records,
                                   BatchHandler handler) {
        List<DeadLetters.Rejection> rejected = new ArrayList<>();
        List<AcceptedEvent> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                InboundEvent event = CODEC.decode(channel.accepted(), headers(record), record.value());
                EventKind kind = event.kind();
                validator.validate(kind, event.data(), record.key());
                if (seen.add(event.id())) {
                    candidates.add(new AcceptedEvent(kind, event, record));
                } else {
                    duplicates++;
                }
            } catch (ContractViolation violation) {
                rejected.add(new DeadLetters.Rejection(record, violation.getMessage(), violation));
            }
        }

        Outcome outcome = candidates.isEmpty() ? Outcome.NONE
                : candidates.size() == 1 ? applyOne(channel, candidates.get(0), handler)
                : applyBatch(channel, candidates, handler);
        rejected.addAll(outcome.rejected());
        deadLetters.send(channel.channel(), rejected);

        String consumer = channel.consumer();
        registry.counter("runstrength.events.applied", "consumer", consumer).increment(outcome.applied());
        registry.counter("runstrength.events.duplicates", "consumer", consumer).increment(duplicates + outcome.duplicates());
        registry.counter("runstrength.events.rejected", "consumer", consumer).increment(rejected.size());
        registry.counter("runstrength.intake.batches", "consumer", consumer).increment();
        if (outcome.isolated()) {
            registry.counter("runstrength.intake.batches.isolated", "consumer", consumer).increment();
        }
        return new BatchResult(outcome.applied(), duplicates + outcome.duplicates(), rejected.size(), outcome.isolated());
    }

    private record Outcome(int applied, int duplicates, List<DeadLetters.Rejection> rejected, boolean isolated) {
        static final Outcome NONE = new Outcome(0, 0, List.of(), false);
    }

    private Outcome applyBatch(IntakeChannel channel, List<AcceptedEvent> candidates, BatchHandler handler) {
        for (int attempt = 0; ; attempt++) {
            try {
                int applied = inOneTransaction(channel, candidates, handler);
                return new Outcome(applied, candidates.size() - applied, List.of(), false);
            } catch (RuntimeException e) {
                Throwable cause = rootCause(e);
                if (refused(cause)) {
                    LOG.infof("A record of a batch of %d on %s was refused (%s): applying them one at a time",
                            candidates.size(), channel.channel(), cause.getMessage());
                    break;
                }
                if (attempt >= RETRY_BACKOFF.length) {
                    LOG.warnf("A batch of %d on %s failed %d times (%s): applying them one at a time",
                            candidates.size(), channel.channel(), attempt + 1, cause.toString());
                    break;
                }
                LOG.warnf("A batch of %d on %s failed (attempt %d), retrying: %s", candidates.size(),
                        channel.channel(), attempt + 1, cause.toString());
                sleep(RETRY_BACKOFF[attempt]);
            }
        }
        int applied = 0;
        int duplicates = 0;
        List<DeadLetters.Rejection> rejected = new ArrayList<>();
        for (AcceptedEvent candidate : candidates) {
            Outcome one = applyOne(channel, candidate, handler);
            applied += one.applied();
            duplicates += one.duplicates();
            rejected.addAll(one.rejected());
        }
        return new Outcome(applied, duplicates, rejected, true);
    }

    /** One record in its own transaction, retried when the failure may be transient. */
    private Outcome applyOne(IntakeChannel channel, AcceptedEvent candidate, BatchHandler handler) {
        for (int attempt = 0; ; attempt++) {
            try {
                int applied = inOneTransaction(channel, List.of(candidate), handler);
                return new Outcome(applied, 1 - applied, List.of(), false);
            } catch (RuntimeException e) {
                Throwable cause = rootCause(e);
                if (refused(cause)) {
                    return rejected(candidate, cause.getMessage(), cause);
                }
                if (attempt >= RETRY_BACKOFF.length) {
                    return rejected(candidate, "processing failed after " + (attempt + 1) + " attempts: " + cause, cause);
                }
                LOG.warnf("Applying event %s failed (attempt %d), retrying: %s", candidate.event().id(), attempt + 1,
                        cause.toString());
                sleep(RETRY_BACKOFF[attempt]);
            }
        }
    }

    private static Outcome rejected(AcceptedEvent candidate, String reason, Throwable cause) {
        return new Outcome(0, 0, List.of(new DeadLetters.Rejection(candidate.record(), reason, cause)), false);
    }

    /** Locks the aggregates, logs the ids, applies the new events; returns how many were new. */
    private int inOneTransaction(IntakeChannel channel, List<AcceptedEvent> events, BatchHandler handler) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<String> aggregates = new LinkedHashSet<>();
            List<String> ids = new ArrayList<>(events.size());
            for (AcceptedEvent event : events) {
                String aggregate = event.aggregateId();
                if (aggregate != null) {
                    aggregates.add(aggregate);
                }
                ids.add(event.event().id());
            }
            locks.lockAll(aggregates);
            Set<String> fresh = consumed.markAll(channel.consumer(), ids);
            List<AcceptedEvent> toApply = events.stream().filter(event -> fresh.contains(event.event().id())).toList();
            if (!toApply.isEmpty()) {
                try (RecordSpans.Open spans = recordSpans.start(channel, toApply)) {
                    try {
                        handler.apply(toApply);
                    } catch (Exception e) {
                        spans.failed(e);
                        throw e;
                    }
                }
            }
            return toApply.size();
        });
    }

    private static boolean refused(Throwable cause) {
        return cause instanceof ContractViolation || cause instanceof RejectedRecord;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause && !refused(cause)) {
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
