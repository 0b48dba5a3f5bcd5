package dev.runstrength.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka, oldest first, and deletes each batch once the broker has
 * acknowledged it. It runs right after every commit that appended events (one wake-up per
 * transaction) and every poll interval; a batch is sent without waiting for each record, its
 * acknowledgements awaited together, and its rows deleted with one statement. A run ends with the
 * first batch that took every row it saw, without a pass to find the outbox empty: a commit after that
 * read wakes this relay again, and one of another replica wakes that replica's relay (or the poll finds
 * it). A crash after the send
 * and before the delete re-sends that batch on restart: delivery is at least once and every consumer
 * de-duplicates on the CloudEvents id.
 *
 * <p>Only one relay at a time works on a database (a transaction-scoped advisory lock), so that
 * several replicas of a service cannot reorder one aggregate's events.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x52756e5374724f62L; // "RunStrOb"

    private final OutboxConfig config;
    private final EventSender sender;
    private final Counter relayed;
    private final Counter failures;
    private final Counter passes;
    private final MeterRegistry registry;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean paused = new AtomicBoolean();

    public OutboxRelay(OutboxConfig config, EventSender sender, MeterRegistry registry) {
        this.config = config;
        this.sender = sender;
        this.relayed = registry.counter("runstrength.outbox.relayed");
        this.failures = registry.counter("runstrength.outbox.relay.failures");
        this.passes = registry.counter("runstrength.outbox.relay.passes");
        this.registry = registry;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wake();
    }

    @Scheduled(every = "${runstrength.outbox.poll-interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        wake();
    }

    /** Asks the relay to drain the outbox soon; many requests while it is busy collapse into one. */
    public void wake() {
        if (config.relayEnabled() && !paused.get() && !worker.isShutdown() && scheduled.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                // a last scheduler tick during shutdown: what is left is relayed after the next start
                scheduled.set(false);
            }
        }
    }

    private void drain() {
        scheduled.set(false);
        try {
            while (!paused.get() && relayBatch()) {
                // a batch cut short by its size or byte budget: the rest goes in the next one
            }
        } catch (Exception e) {
            failures.increment();
            LOG.warnf("Outbox relay could not send a batch, will retry: %s", e.getMessage());
        }
    }

    /**
     * Stops relaying until {@link #resume()}; events keep accumulating in the outbox. Returns once
     * a batch already being sent has finished.
     */
    public void pause() throws Exception {
        paused.set(true);
        worker.submit(() -> { }).get(config.sendTimeout().toSeconds() + 5, TimeUnit.SECONDS);
    }

    public void resume() {
        paused.set(false);
        wake();
    }

    /**
     * Sends one batch (nothing when another relay holds the lock); returns whether it left rows it saw
     * behind (a full page, or one its byte budget cut short), so that another pass should follow at once.
     */
    boolean relayBatch() throws Exception {
        return QuarkusTransaction.requiringNew().call(() -> {
            passes.increment();
            Boolean locked = (Boolean) OutboxEvent.getEntityManager()
                    .createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                    .setParameter("lock", RELAY_LOCK)
                    .getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return false;
            }
            NextIds next = nextIds();
            List<Long> ids = next.ids();
            if (ids.isEmpty()) {
                return false;
            }
            // a native query with the ids bound as one array: an HQL in list is translated to SQL again whenever a
            // batch's size differs from the last one. Not Session.findMultiple: the entity's Hibernate id is the
            // event id, not this row number, and findMultiple with row numbers finds nothing, silently.
            @SuppressWarnings("unchecked")
            List<OutboxEvent> batch = OutboxEvent.getEntityManager()
                    .createNativeQuery("select * from outbox_event where id = any(:ids) order by id", OutboxEvent.class)
                    .setParameter("ids", ids.toArray(Long[]::new))
                    .getResultList();
            List<EventSender.Refusal> refused;
            try {
                refused = sender.sendAll(batch, config.sendTimeout());
            } catch (EventSender.SendFailed failed) {
                // the refused ones are set aside even so, or the retry would meet them again; the rest is
                // sent again next time (at least once, in order)
                setAside(failed.refused());
                failures.increment();
                LOG.warnf("Outbox relay could not send a batch, will retry: %s", failed.getMessage());
                return false;
            }
            setAside(refused);
            List<Long> sent = batch.stream().map(event -> event.id)
                    .filter(id -> refused.stream().noneMatch(refusal -> refusal.event().id.equals(id))).toList();
            if (!sent.isEmpty()) {
                deleteAll(sent);
            }
            relayed.increment(sent.size());
            return next.moreWaiting();
        });
    }

    /**
     * Moves events the broker refused for good to {@code outbox_set_aside}, in the relay's transaction:
     * kept whole, counted, logged once (the row leaves the outbox, so no later run meets it again).
     */
    private void setAside(List<EventSender.Refusal> refused) {
        for (EventSender.Refusal refusal : refused) {
            OutboxEvent event = refusal.event();
            OutboxEvent.getEntityManager().createNativeQuery("insert into outbox_set_aside"
                            + " (id, event_id, topic, record_key, event_type, source, occurred_at, payload, reason)"
                            + " select id, event_id, topic, record_key, event_type, source, occurred_at, payload, :reason"
                            + " from outbox_event where id = :id")
                    .setParameter("reason", atMost(refusal.reason(), 1024))
                    .setParameter("id", event.id)
                    .executeUpdate();
            OutboxEvent.delete("id", event.id);
            registry.counter("runstrength.outbox.set.aside", "topic", event.topic).increment();
            LOG.errorf("Outbox event %s (%s on %s, key %s, %d characters of data) was refused by the broker and is set"
                            + " aside in outbox_set_aside; the events after it go on: %s", event.eventId, event.eventType,
                    event.topic, event.recordKey, event.payload.length(), refusal.reason());
        }
    }

    /** Deletes the sent rows with one statement, the ids bound as one array (plain JDBC: no flush before it). */
    private static void deleteAll(List<Long> ids) {
        OutboxEvent.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from outbox_event where id = any(?)")) {
                delete.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
                delete.executeUpdate();
            }
        });
    }

    /** The ids of a batch, and whether rows were left behind it when they were read. */
    private record NextIds(List<Long> ids, boolean moreWaiting) {
    }

    /**
     * The ids of the oldest rows, up to the batch size and the batch's byte budget; when the budget cuts
     * the batch short, the result is still at least one row.
     */
    @SuppressWarnings("unchecked")
    private NextIds nextIds() {
        List<Object[]> rows = OutboxEvent.getEntityManager()
                .createNativeQuery("select id, octet_length(payload) from outbox_event order by id limit :limit")
                .setParameter("limit", config.batchSize())
                .getResultList();
        List<Long> ids = new ArrayList<>(rows.size());
        long bytes = 0;
        for (Object[] row : rows) {
            bytes += ((Number) row[1]).longValue();
            if (!ids.isEmpty() && bytes > config.batchBytes()) {
                break;
            }
            ids.add(((Number) row[0]).longValue());
        }
        return new NextIds(ids, rows.size() == config.batchSize() || ids.size() < rows.size());
    }

    private static String atMost(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** Events committed but not yet acknowledged by Kafka. */
    public long backlog() {
        // a lambda, not OutboxEvent::count: Panache only rewrites calls made through the entity class
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
    }

    void shutdown(@Observes ShutdownEvent event) throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
