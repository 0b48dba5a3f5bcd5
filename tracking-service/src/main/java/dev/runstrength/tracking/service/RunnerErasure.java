package dev.runstrength.tracking.service;

import dev.runstrength.contracts.events.RunnerErased;
import dev.runstrength.tracking.persistence.RunnerErasureRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Erasure (contract v1.1): forget every workout, plan and progression of a runner, keep only a marker (a digest
 * of the runner id, requestedAt, the erasure's event id), and drop workouts and plans that arrive later dated at
 * or before it.
 *
 * <p>Erasure wins over anything already applied: workouts and plans recorded before the erasure is read go,
 * whatever their date. Only what comes after the erasure and is newer than it starts the runner afresh. The same
 * erasure again deletes nothing more; an erasure older than the one applied, delivered late, changes nothing.
 */
@ApplicationScoped
public class RunnerErasure {

    private static final Logger LOG = Logger.getLogger(RunnerErasure.class);

    private final RunnerErasureRepository erasures;
    private final MeterRegistry registry;

    public RunnerErasure(RunnerErasureRepository erasures, MeterRegistry registry) {
        this.erasures = erasures;
        this.registry = registry;
    }

    /** Applies an erasure read from runner.profiles, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(RunnerErased erased, String eventId) {
        String runnerId = erased.runnerId();
        Instant requestedAt = erased.requestedAt().truncatedTo(ChronoUnit.MICROS);
        // the intake's key lock on the runner, held by the workout and plan consumers' batches too, so none of
        // them writes between check and delete (taken again here for a caller outside the intake)
        erasures.lockRunner(runnerId);
        Optional<RunnerErasureRepository.Marker> later = erasures.markerOf(runnerId)
                .filter(marker -> marker.requestedAt().isAfter(requestedAt));
        if (later.isPresent()) {
            LOG.infof("Erasure %s of runner %s is older than the one applied (%s): nothing to do", eventId,
                    RunnerErasureRepository.digest(runnerId), later.get().eventId());
            return;
        }
        Map<String, Integer> deleted = erasures.deleteAllOf(runnerId);
        erasures.mark(runnerId, requestedAt, eventId, Instant.now().truncatedTo(ChronoUnit.MICROS));
        registry.counter("runstrength.tracking.erasures").increment();
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
                registry.counter("runstrength.tracking.erased.dropped").increment();
                LOG.debugf("An event of erased runner %s dated %s is dropped",
                        RunnerErasureRepository.digest(runnerId), at);
            }
            return older;
        }
    }
}
