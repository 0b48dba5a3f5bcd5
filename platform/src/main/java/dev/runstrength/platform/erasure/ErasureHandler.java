package dev.runstrength.platform.erasure;

import dev.runstrength.contracts.events.RunnerErased;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Erasure (contract v1.1), the same in every service: forget everything the service holds about a runner, keep
 * only a marker (a digest of the runner id, requestedAt, the erasure's event id), and drop what arrives later
 * dated at or before it.
 *
 * <p>Erasure wins over anything already applied: what was recorded before the erasure is read goes, whatever its
 * date. Only what comes after the erasure and is newer than it starts the runner afresh. The same erasure again
 * deletes nothing more; an erasure older than the one applied, delivered late, changes nothing.
 *
 * <p>A service subclasses it as its own bean and says only what differs: its name (for the metrics), and what it
 * deletes ({@link #deleteAllOf}, mostly its tables with a runner_id column through
 * {@link RunnerErasureRepository#deleteRunnerRows}).
 */
public abstract class ErasureHandler {

    private static final Logger LOG = Logger.getLogger(ErasureHandler.class);

    protected RunnerErasureRepository erasures;
    private MeterRegistry registry;
    private Clock clock;
    private String service;

    /** For the container's client proxy only. */
    protected ErasureHandler() {
    }

    /** @param service the service's name, as in its metrics ({@code runstrength.<service>.erasures}) */
    protected ErasureHandler(RunnerErasureRepository erasures, MeterRegistry registry, Clock clock, String service) {
        this.erasures = erasures;
        this.registry = registry;
        this.clock = clock;
        this.service = service;
    }

    /**
     * Deletes every row the service holds about the runner, in the caller's transaction.
     *
     * @return rows deleted per table, for the log
     */
    protected abstract Map<String, Integer> deleteAllOf(String runnerId);

    /** Applies an erasure read from runner.profiles, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(RunnerErased erased, String eventId) {
        String runnerId = erased.runnerId();
        Instant requestedAt = erased.requestedAt().truncatedTo(ChronoUnit.MICROS);
        // the intake's key lock on the runner, held by the consumers' batches too, so none of them writes between
        // check and delete (taken again here for a caller outside the intake)
        erasures.lockRunner(runnerId);
        Optional<RunnerErasureRepository.Marker> later = erasures.markerOf(runnerId)
                .filter(marker -> marker.requestedAt().isAfter(requestedAt));
        if (later.isPresent()) {
            // a later erasure was applied already; what is held now started afresh after it, so it stays
            LOG.infof("Erasure %s of runner %s is older than the one applied (%s): nothing to do", eventId,
                    RunnerErasureRepository.digest(runnerId), later.get().eventId());
            return;
        }
        Map<String, Integer> deleted = deleteAllOf(runnerId);
        erasures.mark(runnerId, requestedAt, eventId, clock.instant().truncatedTo(ChronoUnit.MICROS));
        registry.counter("runstrength." + service + ".erasures").increment();
        // the log names the digest, never the runner id: the log outlives the erasure
        LOG.infof("Runner %s erased (event %s): rows deleted %s", RunnerErasureRepository.digest(runnerId), eventId,
                deleted);
    }

    /**
     * The erasures of a batch's runners, read with one query. The caller holds the runners' locks (the intake's
     * key locks), so no erasure commits between this read and the batch's writes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Erased markersOf(Collection<String> runnerIds) {
        Map<String, Instant> erasedAt = new HashMap<>();
        erasures.markersOf(runnerIds).forEach((runnerId, marker) -> erasedAt.put(runnerId, marker.requestedAt()));
        return new Erased(erasedAt, registry, service);
    }

    /** Which of a batch's runners were erased, and when. */
    public static final class Erased {

        private final Map<String, Instant> requestedAt;
        private final MeterRegistry registry;
        private final String service;

        private Erased(Map<String, Instant> requestedAt, MeterRegistry registry, String service) {
            this.requestedAt = requestedAt;
            this.registry = registry;
            this.service = service;
        }

        /** Whether an event of the runner dated {@code at} is from before its erasure, and so dropped. */
        public boolean drops(String runnerId, Instant at) {
            Instant erased = requestedAt.get(runnerId);
            boolean older = erased != null && !at.truncatedTo(ChronoUnit.MICROS).isAfter(erased);
            if (older) {
                registry.counter("runstrength." + service + ".erased.dropped").increment();
                LOG.debugf("An event of erased runner %s dated %s is dropped", RunnerErasureRepository.digest(runnerId), at);
            }
            return older;
        }
    }
}
