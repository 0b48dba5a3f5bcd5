package dev.runstrength.tracking.service;

import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.replica.CatalogReplica;
import dev.runstrength.tracking.config.TrackingConfig;
import dev.runstrength.tracking.domain.CatalogueView;
import dev.runstrength.tracking.domain.PlanLookup;
import dev.runstrength.tracking.domain.ProgressionEngine;
import dev.runstrength.tracking.domain.ProgressionUpdate;
import dev.runstrength.tracking.domain.Replay;
import dev.runstrength.tracking.domain.Workout;
import dev.runstrength.tracking.mapping.WorkoutMapping;
import dev.runstrength.tracking.persistence.PlanRepository;
import dev.runstrength.tracking.persistence.ProgressionCheckpointRepository;
import dev.runstrength.tracking.persistence.WorkoutRepository;
import dev.runstrength.tracking.service.ProgressStore.Snapshot;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A runner's progression moved forward through the pure {@link ProgressionEngine}, at a cost that does
 * not grow with the runner's history.
 *
 * <ul>
 * <li><b>In order</b> (the usual case): the new workouts all come after the stored snapshot's last
 *     one, so they are folded onto the snapshot.</li>
 * <li><b>Late</b> (a workout older than the snapshot, or no usable snapshot): the stored workouts from
 *     the last checkpoint before it are folded again from that checkpoint (or from the empty state),
 *     checkpoints past it are rewritten, and the final state replaces the snapshot.</li>
 * </ul>
 *
 * Either way the state is the fold of the whole ordered history, as a replay from the start would give
 * it: the fold is deterministic and a snapshot is exactly the state the fold had reached.
 */
@ApplicationScoped
public class RunnerHistory {

    private static final ProgressionEngine ENGINE = new ProgressionEngine();

    private final WorkoutRepository workouts;
    private final PlanRepository plans;
    private final PlanCache planCache;
    private final CatalogReplica catalogue;
    private final ProgressionCheckpointRepository checkpoints;
    private final ProgressStore store;
    private final TrackingConfig config;
    private final Counter refolded;

    public RunnerHistory(WorkoutRepository workouts, PlanRepository plans, PlanCache planCache, CatalogReplica catalogue,
                         ProgressionCheckpointRepository checkpoints, ProgressStore store, TrackingConfig config,
                         MeterRegistry registry) {
        this.workouts = workouts;
        this.plans = plans;
        this.planCache = planCache;
        this.catalogue = catalogue;
        this.checkpoints = checkpoints;
        this.store = store;
        this.config = config;
        this.refolded = registry.counter("runstrength.tracking.workouts.refolded");
    }

    /** The result of moving a runner's progression: the new snapshot and the update of each folded workout. */
    public record Advance(Snapshot snapshot, Map<String, ProgressionUpdate> updates) {
    }

    /** The catalogue replica as the engine reads it; one per batch. */
    public CatalogueView catalogue() {
        return new ReplicaCatalogue(catalogue);
    }

    /**
     * Folds a runner's new workouts, already stored, into its progression.
     *
     * @param known whether the runner has a progression_state row: without one, no workout of theirs was
     *              stored before this batch (a workout is stored and folded in one transaction)
     * @param head  the snapshot the runner's row holds, if it is usable
     * @param fresh the new workouts, in any order
     */
    public Advance advance(String runnerId, boolean known, Optional<Snapshot> head, List<Workout> fresh,
                           CatalogueView view) {
        List<Workout> ordered = ProgressionEngine.distinctInOrder(fresh);
        if (!known) {
            return fold(runnerId, Snapshot.start(runnerId), ordered, view);
        }
        if (head.isPresent() && head.get().precedes(ordered.get(0))) {
            return fold(runnerId, head.get(), ordered, view);
        }
        return refold(runnerId, ordered.get(0).completedAt(), view);
    }

    /**
     * Folds again every stored workout of the runner completed at or after {@code from}, starting from
     * the last checkpoint before it (or from the empty state).
     */
    public Advance refold(String runnerId, Instant from, CatalogueView view) {
        Start start = startBefore(runnerId, from);
        checkpoints.deleteAfter(runnerId, start.snapshot().position());
        refolded.increment(start.rest().size());
        return fold(runnerId, start.snapshot(), start.rest(), view, true);
    }

    /**
     * What {@link #refold} would give with what is stored now, without storing anything (no checkpoint is
     * rewritten): the outcome of each workout from {@code from} on. A plan about to be stored is judged
     * against this, the outcome its workouts had without it.
     */
    public Map<String, ProgressionUpdate> replay(String runnerId, Instant from, CatalogueView view) {
        Start start = startBefore(runnerId, from);
        return fold(runnerId, start.snapshot(), start.rest(), view, false).updates();
    }

    private record Start(Snapshot snapshot, List<Workout> rest) {
    }

    /** The last checkpoint before {@code from} (or the empty state), and the stored workouts after it, in order. */
    private Start startBefore(String runnerId, Instant from) {
        // one microsecond of margin: the database keeps microseconds, the events may carry nanoseconds
        Instant bound = from.truncatedTo(ChronoUnit.MICROS).minus(1, ChronoUnit.MICROS);
        Snapshot start = checkpoints.lastBefore(runnerId, bound, ProgressStore.READABLE)
                .flatMap(store::snapshotOf)
                .orElseGet(() -> Snapshot.start(runnerId));
        Instant readFrom = start.workoutId() == null ? null
                : start.lastCompletedAt().truncatedTo(ChronoUnit.MICROS).minus(1, ChronoUnit.MICROS);
        List<Workout> rest = ProgressionEngine.distinctInOrder(workouts.from(runnerId, readFrom).stream()
                .map(row -> WorkoutMapping.toDomain(ContractJson.read(row.payload, CompletedWorkout.class)))
                .filter(start::precedes)
                .toList());
        return new Start(start, rest);
    }

    private Advance fold(String runnerId, Snapshot start, List<Workout> ordered, CatalogueView view) {
        return fold(runnerId, start, ordered, view, true);
    }

    /** Folds {@code ordered} onto {@code start}, saving a checkpoint at every multiple of the interval when told. */
    private Advance fold(String runnerId, Snapshot start, List<Workout> ordered, CatalogueView view, boolean save) {
        PlanLookup runnerPlans = new StoredPlans(plans, planCache, runnerId);
        int every = config.checkpointEvery();
        Map<String, ProgressionUpdate> updates = new LinkedHashMap<>();
        Snapshot current = start;
        int next = 0;
        while (next < ordered.size()) {
            int toBoundary = every - current.position() % every;
            List<Workout> segment = ordered.subList(next, Math.min(ordered.size(), next + toBoundary));
            Replay replay = ENGINE.replayFrom(current.state(), segment, runnerPlans, view);
            updates.putAll(replay.updates());
            current = new Snapshot(segment.get(segment.size() - 1).workoutId(), current.position() + segment.size(),
                    replay.finalState());
            if (save && current.position() % every == 0) {
                checkpoints.save(runnerId, store.checkpoint(current));
            }
            next += segment.size();
        }
        return new Advance(current, updates);
    }
}
