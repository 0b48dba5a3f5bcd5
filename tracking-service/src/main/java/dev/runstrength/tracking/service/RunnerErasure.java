package dev.runstrength.tracking.service;

import dev.runstrength.contracts.events.RunnerErased;
import dev.runstrength.tracking.persistence.ProgressionStateRepository;
import dev.runstrength.tracking.persistence.RunnerErasureRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    private final ProgressionStateRepository states;
    private final MeterRegistry registry;

    public RunnerErasure(RunnerErasureRepository erasures, ProgressionStateRepository states, MeterRegistry registry) {
        this.erasures = erasures;
        this.states = states;
        this.registry = registry;
    }

    /** Applies an erasure read from runner.profiles, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(RunnerErased erased, String eventId) {
        String runnerId = erased.runnerId();
        Instant requestedAt = erased.requestedAt().truncatedTo(ChronoUnit.MICROS);
        // the same lock the workout and plan recorders take, so none of them writes between check and delete
        states.lockRunner(runnerId);
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
     * Whether an event of the runner dated {@code at} comes from before the runner's latest erasure (then it is
     * dropped). The caller holds the runner's lock ({@link ProgressionStateRepository#lockRunner}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean erasedSince(String runnerId, Instant at) {
        boolean older = erasures.markerOf(runnerId)
                .map(marker -> !at.truncatedTo(ChronoUnit.MICROS).isAfter(marker.requestedAt()))
                .orElse(false);
        if (older) {
            registry.counter("runstrength.tracking.erased.dropped").increment();
            LOG.debugf("An event of erased runner %s dated %s is dropped", RunnerErasureRepository.digest(runnerId), at);
        }
        return older;
    }
}
