package dev.runstrength.platform.inbox;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.cloudevents.CloudEventCodec;
import dev.runstrength.contracts.cloudevents.InboundEvent;
import dev.runstrength.contracts.validation.ContractValidator;
import dev.runstrength.contracts.validation.ContractViolation;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
 * <p>Failures are sorted by kind ({@link Failure}):
 * <ul>
 * <li><b>Permanent</b>: a record that cannot be read or breaks the contract never reaches the
 *     transaction; one the domain refuses ({@link RejectedRecord}) or whose values the database can never
 *     store (SQLState classes 22 and 23, duplicates aside) rolls the batch back, which is then
 *     <em>isolated</em>: applied again one record per transaction, in order. Either way that record alone
 *     is dead-lettered at once, with its reason, and every other one is applied once; nothing waits.</li>
 * <li><b>Transient</b> (the database or broker away, a timeout, a deadlock, anything unrecognised): the
 *     step that failed is tried again, with exponential backoff, for as long as it fails
 *     ({@link TransientRetry}); readiness is DOWN meanwhile, naming the cause. The caller's thread waits,
 *     so the channel takes no new records and commits nothing past the batch: when the dependency is
 *     back it carries on where it stopped. A valid record is never dead-lettered for a transient failure.</li>
 * </ul>
 *
 * <p>A channel with a {@link DataReader} has its binary-mode records' data read by it from the value's bytes,
 * in place of the tree and the JSON Schema pass; records in the other modes are validated whole, then read.
 *
 * <p>A channel that wants only some kinds of another service's topic ({@link IntakeChannel#wanted})
 * skips every other record, and skips rather than dead-letters a broken one: the topic's own consumer
 * dead-letters it. A record without a key breaks the contract ({@code missing-key}).
 *
 * <p>Dead letters are written before the method returns (and retried the same way when the broker is
 * away), so the connector commits a batch's offsets only once each of its records is applied or
 * dead-lettered.
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);
    private static final CloudEventCodec CODEC = new CloudEventCodec();

    private final ConsumedEvents consumed;
    private final KeyLocks locks;
    private final DeadLetters deadLetters;
    private final ContractValidator validator;
    private final MeterRegistry registry;
    private final TransientRetry retry;
    private final ChannelPositions positions;
    /** Each applied record's span, a child of the trace context it carries (docs/observability.md, "Traces"). */
    private final RecordSpans recordSpans;
    private final UnknownFieldsNotice unknownFields;

    public EventIntake(ConsumedEvents consumed, KeyLocks locks, DeadLetters deadLetters, MeterRegistry registry,
                       TransientRetry retry, ChannelPositions positions, RecordSpans recordSpans) {
        this.consumed = consumed;
        this.locks = locks;
        this.deadLetters = deadLetters;
        this.validator = new ContractValidator(Clock.systemUTC());
        this.registry = registry;
        this.retry = retry;
        this.positions = positions;
        this.recordSpans = recordSpans;
        this.unknownFields = new UnknownFieldsNotice(registry);
    }

    /** Takes in one poll's records (tombstones already left out by the caller). */
    public BatchResult acceptBatch(IntakeChannel channel, Iterable<ConsumerRecord<String, byte[]>> records,
                                   BatchHandler handler) {
        List<DeadLetters.Rejection> rejected = new ArrayList<>();
        List<AcceptedEvent> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        int skipped = 0;
        int withUnknownFields = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                Map<String, byte[]> headers = headers(record);
                // a channel with its own reader reads a binary-mode value itself: no tree, no schema pass
                InboundEvent attributes = channel.reader() == null ? null
                        : CODEC.decodeAttributes(channel.accepted(), headers).orElse(null);
                InboundEvent event = attributes != null ? attributes
                        : CODEC.decode(channel.accepted(), headers, record.value());
                EventKind kind = event.kind();
                if (!channel.wanted().contains(kind)) {
                    skipped++;
                    continue;
                }
                requireKey(kind, record.key());
                DataReader.Kept kept = null;
                if (attributes == null) {
                    validator.validate(kind, event.data(), record.key());
                    List<String> unknown = validator.unknownFields(kind, event.data());
                    if (!unknown.isEmpty()) {
                        withUnknownFields++;
                        unknownFields.note(channel.consumer(), kind, unknown, record);
                    }
                }
                if (channel.reader() != null) {
                    kept = channel.reader().read(attributes != null ? record.value()
                            : event.data().toString().getBytes(StandardCharsets.UTF_8));
                    requireKeyIs(kind, kept.aggregateId(), record.key());
                }
                if (seen.add(event.id())) {
                    candidates.add(new AcceptedEvent(kind, event, record, kept));
                } else {
                    duplicates++;
                }
            } catch (ContractViolation violation) {
                if (channel.readsOnlySome()) {
                    // the topic's own consumer reads the record with the same checks and dead-letters it;
                    // a second copy in the DLQ would only mislead
                    skipped++;
                    LOG.debugf("%s skips a record the topic's own consumer dead-letters, at %s-%d@%d: %s",
                            channel.consumer(), record.topic(), record.partition(), record.offset(),
                            violation.getMessage());
                } else {
                    rejected.add(DeadLetters.Rejection.of(record, violation));
                }
            }
        }

        Outcome outcome = candidates.isEmpty() ? Outcome.NONE
                : candidates.size() == 1 ? applyOne(channel, candidates.get(0), handler)
                : applyBatch(channel, candidates, handler);
        rejected.addAll(outcome.rejected());
        retry.call(channel.channel(), () -> {
            deadLetters.send(channel.channel(), rejected);
            return null;
        });

        positions.done(channel.channel(), records);

        String consumer = channel.consumer();
        registry.counter("runstrength.events.applied", "consumer", consumer).increment(outcome.applied());
        registry.counter("runstrength.events.duplicates", "consumer", consumer).increment(duplicates + outcome.duplicates());
        registry.counter("runstrength.events.rejected", "consumer", consumer).increment(rejected.size());
        registry.counter("runstrength.intake.batches", "consumer", consumer).increment();
        unknownFields.count(consumer, withUnknownFields);
        if (skipped > 0) {
            registry.counter("runstrength.events.skipped", "consumer", consumer).increment(skipped);
        }
        if (outcome.isolated()) {
            registry.counter("runstrength.intake.batches.isolated", "consumer", consumer).increment();
        }
        return new BatchResult(outcome.applied(), duplicates + outcome.duplicates(), rejected.size(), outcome.isolated());
    }

    private record Outcome(int applied, int duplicates, List<DeadLetters.Rejection> rejected, boolean isolated) {
        static final Outcome NONE = new Outcome(0, 0, List.of(), false);
    }

    private Outcome applyBatch(IntakeChannel channel, List<AcceptedEvent> candidates, BatchHandler handler) {
        try {
            int applied = retry.call(channel.channel(), () -> inOneTransaction(channel, candidates, handler));
            return new Outcome(applied, candidates.size() - applied, List.of(), false);
        } catch (RuntimeException e) {
            Failure failure = Failure.classify(e);
            if (!failure.permanent()) {
                throw e;
            }
            LOG.debugf("A record of a batch of %d on %s cannot be applied (%s): applying them one at a time",
                    candidates.size(), channel.channel(), failure.reason());
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

    /** One record in its own transaction: applied, dead-lettered when it fails for good, waited on otherwise. */
    private Outcome applyOne(IntakeChannel channel, AcceptedEvent candidate, BatchHandler handler) {
        try {
            int applied = retry.call(channel.channel(), () -> inOneTransaction(channel, List.of(candidate), handler));
            return new Outcome(applied, 1 - applied, List.of(), false);
        } catch (RuntimeException e) {
            Failure failure = Failure.classify(e);
            if (!failure.permanent()) {
                throw e;
            }
            return new Outcome(0, 0, List.of(new DeadLetters.Rejection(candidate.record(), failure, e)), false);
        }
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

    /** The record key equals the data's key field (what the schema pass checks for the other channels). */
    private static void requireKeyIs(EventKind kind, String aggregateId, String key) {
        if (!key.equals(aggregateId)) {
            throw ContractViolation.of(kind.keyField(), "must equal the record key \"" + key + "\", was "
                    + (aggregateId == null ? "missing" : "\"" + aggregateId + "\""));
        }
    }

    private static Map<String, byte[]> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, byte[]> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return headers;
    }
}
