package dev.runstrength.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Keeps {@code processed_event} from growing for ever: ids applied longer ago than
 * {@code runstrength.inbox.retention} (7 days) are deleted, a chunk per transaction so the table is
 * never locked for long. Several replicas may prune at once; they only delete the same old rows.
 */
@ApplicationScoped
public class ProcessedEventPruner {

    private static final Logger LOG = Logger.getLogger(ProcessedEventPruner.class);

    private final InboxConfig config;
    private final Counter pruned;

    public ProcessedEventPruner(InboxConfig config, MeterRegistry registry) {
        this.config = config;
        this.pruned = registry.counter("runstrength.inbox.pruned");
    }

    @Scheduled(every = "${runstrength.inbox.prune-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        try {
            long deleted = pruneOlderThan(Instant.now().minus(config.retention()));
            if (deleted > 0) {
                LOG.infof("Pruned %d processed_event rows older than %s", deleted, config.retention());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Pruning processed_event failed, will try again: %s", e.getMessage());
        }
    }

    /** Deletes every id logged before {@code cutoff}; returns how many. */
    public long pruneOlderThan(Instant cutoff) {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                    .createNativeQuery("delete from processed_event where ctid in (select ctid from processed_event"
                            + " where processed_at < :cutoff limit :chunk)")
                    .setParameter("cutoff", cutoff)
                    .setParameter("chunk", config.pruneChunk())
                    .executeUpdate());
            total += deleted;
        } while (deleted == config.pruneChunk());
        pruned.increment(total);
        return total;
    }
}
