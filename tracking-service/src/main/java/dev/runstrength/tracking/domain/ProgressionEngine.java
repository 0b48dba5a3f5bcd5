package dev.runstrength.tracking.domain;

import dev.runstrength.dose.BlockPhase;
import dev.runstrength.dose.Dose;
import dev.runstrength.dose.Prescribable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns a runner's completed workouts into progression (DOMAIN "Tracking and progression").
 *
 * <p>The state is a fold over the workouts in (completedAt, workoutId) order, duplicates removed by
 * workoutId, so any delivery order and any number of redeliveries give the same state and the same
 * update for every workout. Nothing here has side effects: {@link #apply} simulates one workout.
 */
public final class ProgressionEngine {

    /** Replay order: completedAt, then workoutId; a total order over distinct workouts. */
    public static final Comparator<Workout> ORDER =
            Comparator.comparing(Workout::completedAt).thenComparing(Workout::workoutId);

    private final List<ProgressionRule> rules;

    public ProgressionEngine() {
        this(ProgressionRules.STANDARD);
    }

    public ProgressionEngine(List<ProgressionRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** One workout applied to a state: the next state and the workout's update. */
    public record Step(ProgressionState state, ProgressionUpdate update) {
    }

    public static Replay replay(List<Workout> history, PlanLookup plans, CatalogueView catalogue) {
        return new ProgressionEngine().replayAll(history, plans, catalogue);
    }

    /** The whole history folded from the empty state. */
    public Replay replayAll(List<Workout> history, PlanLookup plans, CatalogueView catalogue) {
        List<Workout> ordered = distinctInOrder(history);
        String runnerId = ordered.isEmpty() ? null : ordered.get(0).runnerId();
        return replayFrom(ProgressionState.empty(runnerId), ordered, plans, catalogue);
    }

    public static Replay replay(ProgressionState start, List<Workout> after, PlanLookup plans, CatalogueView catalogue) {
        return new ProgressionEngine().replayFrom(start, after, plans, catalogue);
    }

    /**
     * The rest of a history folded onto the state its beginning left (a snapshot): {@code after} holds
     * the workouts that come after the snapshot's last one in {@link #ORDER}. Because the fold is
     * deterministic, {@code replayFrom(replayAll(head).finalState(), tail)} gives the same final state and
     * the same updates for the tail as {@code replayAll(head + tail)}; that is what lets tracking apply a
     * new workout to a stored snapshot instead of replaying the runner's whole history.
     */
    public Replay replayFrom(ProgressionState start, List<Workout> after, PlanLookup plans, CatalogueView catalogue) {
        ProgressionState state = start;
        Map<String, ProgressionUpdate> updates = new LinkedHashMap<>();
        for (Workout workout : distinctInOrder(after)) {
            Step step = apply(state, workout, plans, catalogue);
            state = step.state();
            updates.put(workout.workoutId(), step.update());
        }
        return new Replay(state, updates);
    }

    /**
     * The workouts to fold: one per workoutId, sorted by {@link #ORDER}. Should two different
     * payloads share an id, the one that sorts first (earlier completedAt, then its text) is kept,
     * whatever the delivery order.
     */
    public static List<Workout> distinctInOrder(List<Workout> history) {
        Map<String, Workout> byId = new TreeMap<>();
        Comparator<Workout> keep = ORDER.thenComparing(Workout::toString);
        for (Workout workout : history) {
            byId.merge(workout.workoutId(), workout, (a, b) -> keep.compare(a, b) <= 0 ? a : b);
        }
        List<Workout> ordered = new ArrayList<>(byId.values());
        ordered.sort(ORDER);
        return ordered;
    }

    public Step apply(ProgressionState before, Workout workout, PlanLookup plans, CatalogueView catalogue) {
        Optional<PlanView> ownPlan = workout.planId() == null ? Optional.empty() : plans.plan(workout.planId());
        Optional<PlanView> currentPlan = ownPlan.or(() -> plans.currentAt(workout.completedAt()));
        RunnerLevel level = currentPlan.map(PlanView::runnerLevel).orElse(RunnerLevel.BEGINNER);
        Optional<PlannedSession> session = ownPlan.flatMap(p -> p.session(workout.sessionId()));
        Optional<DeloadCause> deload = DeloadTrigger.check(before, workout);
        Instant at = workout.completedAt();

        TreeMap<String, ExerciseProgress> exercises = new TreeMap<>(before.exercises());
        List<Change> changes = new ArrayList<>();
        List<Flag> flags = new ArrayList<>(deload.map(DeloadCause::flags).orElse(List.of()));
        List<String> unknown = new ArrayList<>();

        List<PerformedExercise> performedExercises = mergedById(workout.exercises());
        for (PerformedExercise performed : performedExercises) {
            Optional<ExerciseInfo> known = catalogue.find(performed.exerciseId());
            if (known.isEmpty()) {
                unknown.add(performed.exerciseId());
                PainMonitoring.flag(performed.exerciseId(), performed).ifPresent(flags::add);
                continue;
            }
            ExerciseInfo exercise = known.get();
            ExerciseProgress previous = exercises.get(exercise.id());
            Prescription from = PrescriptionToJudge.pick(exercise, session, Optional.ofNullable(previous), level);
            SessionOutcome outcome = performed.skipped() ? null : SessionSuccess.judge(from, performed, exercise.sided());
            Streak streak = Streak.after(previous, outcome, performed.pain());
            BlockPhase phase = session.flatMap(s -> s.blockOf(exercise.id())).orElse(exercise.usualPhase());
            ExerciseCase c = new ExerciseCase(exercise, performed, from, outcome, streak, level,
                    deload.orElse(null), catalogue, phase);
            Decided decided = decide(c);
            Verdict verdict = prescribable(decided.verdict(), catalogue, level, phase);
            changes.add(new Change(exercise.id(), verdict.decision(), from, verdict.to(), verdict.reason(),
                    decided.rule()));

            Streak kept = verdict.decision() == Decision.HOLD ? streak : Streak.NONE;
            exercises.put(exercise.id(), new ExerciseProgress(exercise.id(), verdict.to(), verdict.decision(),
                    verdict.reason(), at, kept.successes(), kept.failures()));
            String movedTo = verdict.to().exerciseId();
            if (!movedTo.equals(exercise.id())) {
                // The new rung starts from the move's dose, so an unplanned workout of it is judged fairly.
                exercises.put(movedTo, new ExerciseProgress(movedTo, verdict.to(), verdict.decision(),
                        verdict.reason(), at, 0, 0));
            }

            PainMonitoring.flag(exercise.name(), performed).ifPresent(flags::add);
            AsymmetryCheck.check(exercise, performed, from.countsHold()).ifPresent(flags::add);
        }

        TreeMap<String, Set<String>> completed = new TreeMap<>(before.completedSessions());
        if (workout.planned()) {
            Set<String> ids = new TreeSet<>(completed.getOrDefault(workout.planId(), Set.of()));
            ids.add(workout.sessionId());
            completed.put(workout.planId(), ids);
        }
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        Adherence adherence = currentPlan
                .map(p -> AdherenceCount.count(p, completed.getOrDefault(p.planId(), Set.of()), day))
                .orElse(Adherence.NONE);

        PainClearance.Result pain = PainClearance.after(before.painWatch(), workout, performedExercises, catalogue, flags);
        flags.addAll(pain.carried());

        ProgressionUpdate update = new ProgressionUpdate(workout.runnerId(), workout.workoutId(), at, changes,
                adherence, flags, unknown);
        ProgressionState after = new ProgressionState(before.runnerId() == null ? workout.runnerId() : before.runnerId(),
                exercises, at, workout.sessionRpe(),
                DeloadTrigger.hardSessionsAfter(before, workout, deload.isPresent()),
                completed, adherence, flags, pain.watched());
        return new Step(after, update);
    }

    private record Decided(Verdict verdict, String rule) {
    }

    /**
     * DOMAIN rule 11 (v1.1): every {@code to} is a dose the planner prescribes. A {@code to} outside the
     * shared dose model's bounds (a deload week's reps below the range, more sets than the level's, a
     * load no implement offers) is moved to the nearest prescribable dose, and the reason says so.
     */
    static Verdict prescribable(Verdict verdict, CatalogueView catalogue, RunnerLevel level, BlockPhase phase) {
        Prescription to = verdict.to();
        Optional<ExerciseInfo> exercise = catalogue.find(to.exerciseId());
        if (exercise.isEmpty() || !to.hasTarget() || to.sets() < 1 || to.target() < 0) {
            return verdict;
        }
        Dose dose = to.toDose();
        Optional<Dose> fitted = Prescribable.fit(exercise.get().reference(), level.toDose(), phase, dose);
        if (fitted.isEmpty() || fitted.get().equals(dose)) {
            return verdict;
        }
        Prescription carried = Prescription.of(to.exerciseId(), fitted.get());
        return new Verdict(verdict.decision(), carried,
                verdict.reason() + " Your plan carries it on as " + carried.dose() + ".");
    }

    private Decided decide(ExerciseCase c) {
        for (ProgressionRule rule : rules) {
            Optional<Verdict> verdict = rule.decide(c);
            if (verdict.isPresent()) {
                return new Decided(verdict.get(), rule.name());
            }
        }
        return new Decided(Verdict.hold(c.from(), "Keep " + c.from().dose() + "."), KeepDose.NAME);
    }

    /**
     * An exercise listed twice in one workout (say in two blocks) is judged once: its sets pooled,
     * skipped only when every entry was, the highest pain and the first named area.
     */
    static List<PerformedExercise> mergedById(List<PerformedExercise> performed) {
        Map<String, PerformedExercise> merged = new LinkedHashMap<>();
        for (PerformedExercise next : performed) {
            merged.merge(next.exerciseId(), next, ProgressionEngine::pool);
        }
        return List.copyOf(merged.values());
    }

    private static PerformedExercise pool(PerformedExercise a, PerformedExercise b) {
        List<PerformedSet> sets = new ArrayList<>(a.sets());
        sets.addAll(b.sets());
        Integer pain = a.painLevel() == null ? b.painLevel()
                : b.painLevel() == null ? a.painLevel() : Integer.valueOf(Math.max(a.painLevel(), b.painLevel()));
        return new PerformedExercise(a.exerciseId(), a.skipped() && b.skipped(), sets, pain,
                a.painArea() != null ? a.painArea() : b.painArea());
    }
}
