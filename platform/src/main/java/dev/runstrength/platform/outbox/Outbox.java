package dev.runstrength.platform.outbox;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.platform.tracing.CausingTrace;
import dev.runstrength.platform.tracing.EventTraceContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Records an event in the caller's database transaction. Nothing reaches Kafka unless that
 * transaction commits, and nothing committed is lost: {@link OutboxRelay} sends it afterwards.
 *
 * <p>Rows are persisted through Hibernate with an id assigned here (the CloudEvents id), so the
 * inserts of a whole intake batch go out as JDBC batches; the {@code id} column the relay orders by
 * is filled by the database at insert time, in the order the rows were appended.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = new Object();

    private final OutboxConfig config;
    private final Event<OutboxAppended> appended;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    public Outbox(OutboxConfig config, Event<OutboxAppended> appended, TransactionSynchronizationRegistry transactions) {
        this.config = config;
        this.appended = appended;
        this.transactions = transactions;
        this.clock = Clock.systemUTC();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent append(EventKind kind, String key, Object data) {
        return append(kind, key, data, UUID.randomUUID().toString());
    }

    /**
     * Appends an event under an id the caller derives from what caused it, for an event that a rebuild
     * from the topics would emit again: consumers then recognise the second one as the same event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent append(EventKind kind, String key, Object data, String eventId) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = eventId;
        event.topic = kind.topic();
        event.recordKey = key;
        event.eventType = kind.type();
        event.source = config.source();
        event.occurredAt = Instant.now(clock);
        event.payload = toJson(data);
        EventTraceContext.Stored trace = CausingTrace.of(key);
        event.traceparent = trace.traceparent();
        event.tracestate = trace.tracestate();
        event.persist();
        // one wake-up per transaction, however many events it appends
        if (transactions.getResource(WAKE_REGISTERED) == null) {
            transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
            appended.fire(new OutboxAppended(event.topic));
        }
        return event;
    }

    private static String toJson(Object data) {
        if (data instanceof RawValue raw && raw.rawValue() instanceof String json) {
            return json; // already the data's JSON text (a stored payload): kept as it is
        }
        return ContractJson.write(data);
    }
}
