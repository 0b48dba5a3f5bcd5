package dev.runstrength.planner.service;

import dev.runstrength.contracts.events.RunnerErased;
import dev.runstrength.planner.persistence.RunnerErasureRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Erasure (contract v1.1): forget everything the planner holds about a runner, keep only a marker (a digest of
 * the runner id, requestedAt, the erasure's event id), and drop what arrives later dated at or before it.
 *
 * <p>Erasure wins over anything already applied: a profile or progression update of the runner applied before
 * the erasure is erased with the rest, whatever its date. Only events that come after the erasure and are newer
 * than it start the runner afresh. The same erasure delivered again deletes nothing more (there is nothing left)
 * and leaves the marker as it was.
 */
@ApplicationScoped
public class RunnerErasure {

    private static final Logger LOG = Logger.getLogger(RunnerErasure.class);

    private final RunnerErasureRepository erasures;
    private final MeterRegistry registry;
    private final Clock clock;

    public RunnerErasure(RunnerErasureRepository erasures, MeterRegistry registry, Clock clock) {
        this.erasures = erasures;
        this.registry = registry;
        this.clock = clock;
    }

    /** Applies an erasure read from runner.profiles, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(RunnerErased erased, String eventId) {
        String runnerId = erased.runnerId();
        Instant requestedAt = erased.requestedAt().truncatedTo(ChronoUnit.MICROS);
        erasures.lockRunner(runnerId);
        Optional<RunnerErasureRepository.Marker> later = erasures.markerOf(runnerId)
                .filter(marker -> marker.requestedAt().isAfter(requestedAt));
        if (later.isPresent()) {
            // a later erasure was applied already; what is held now started afresh after it, so it stays
            LOG.infof("Erasure %s of runner %s is older than the one applied (%s): nothing to do", eventId,
                    RunnerErasureRepository.digest(runnerId), later.get().eventId());
            return;
        }
        Map<String, Integer> deleted = erasures.deleteAllOf(runnerId);
        erasures.mark(runnerId, requestedAt, eventId, clock.instant().truncatedTo(ChronoUnit.MICROS));
        registry.counter("runstrength.planner.erasures").increment();
        // the log names the digest, never the runner id: the log outlives the erasure
        LOG.infof("Runner %s erased (event %s): rows deleted %s", RunnerErasureRepository.digest(runnerId), eventId, deleted);
    }

    /**
     * Locks the runner against a concurrent erasure for the rest of the caller's transaction, and tells whether
     * an event of the runner dated {@code at} comes from before the runner's latest erasure (then it is dropped).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean erasedSince(String runnerId, Instant at) {
        erasures.lockRunner(runnerId);
        return markersOf(List.of(runnerId)).drops(runnerId, at);
    }

    /**
     * The erasures of a batch's runners, read with one query. The caller holds the runners' locks (the intake's
     * key locks), so no erasure commits between this read and the batch's writes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Erased markersOf(Collection<String> runnerIds) {
        Map<String, Instant> erasedAt = new HashMap<>();
        erasures.markersOf(runnerIds).forEach((runnerId, marker) -> erasedAt.put(runnerId, marker.requestedAt()));
        return new Erased(erasedAt);
    }

    /** Which of a batch's runners were erased, and when. */
    public final class Erased {

        private final Map<String, Instant> requestedAt;

        private Erased(Map<String, Instant> requestedAt) {
            this.requestedAt = requestedAt;
        }

        /** Whether an event of the runner dated {@code at} is from before its erasure, and so dropped. */
        public boolean drops(String runnerId, Instant at) {
            Instant erased = requestedAt.get(runnerId);
            boolean older = erased != null && !at.truncatedTo(ChronoUnit.MICROS).isAfter(erased);
            if (older) {
                registry.counter("runstrength.planner.erased.dropped").increment();
                LOG.debugf("An event of erased runner %s dated %s is dropped", RunnerErasureRepository.digest(runnerId), at);
            }
            return older;
        }
    }
}
