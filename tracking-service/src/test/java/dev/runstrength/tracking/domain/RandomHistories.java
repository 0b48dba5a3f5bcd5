package dev.runstrength.tracking.domain;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.lists;

/** QuickTheories generators of plausible and awkward workout histories over a catalogue. */
final class RandomHistories {

    static final String UNKNOWN = "unknown-move";
    static final Instant START = Histories.START;

    /** A runner's plans and workouts. */
    record Scenario(List<PlanView> plans, List<Workout> history) {

        PlanLookup lookup() {
            return PlanLookup.of(plans);
        }
    }

    /** What one workout is made of before it gets its id and completion time. */
    private record WorkoutParts(String[] sessionRef, Duration gap, Double rpe, List<PerformedExercise> performed) {
    }

    private static final String[] NO_SESSION = {null, null};

    private final List<ExerciseInfo> exercises;

    RandomHistories(List<ExerciseInfo> exercises) {
        this.exercises = List.copyOf(exercises);
    }

    Gen<Scenario> scenarios() {
        Gen<List<PlanView>> plans = plan("p1", 0).zip(plan("p2", 12), range(0, 2),
                (p1, p2, count) -> count == 0 ? List.<PlanView>of() : count == 1 ? List.of(p1) : List.of(p1, p2));
        return plans.flatMap(ps -> workouts(ps).map(ws -> new Scenario(ps, ws)));
    }

    private Gen<PlanView> plan(String planId, int startDay) {
        Gen<RunnerLevel> level = enumValues(RunnerLevel.class);
        Gen<List<List<Prescription>>> sessions = lists().of(lists().of(prescriptions()).ofSizeBetween(1, 3)).ofSizeBetween(1, 8);
        return level.zip(sessions, (lvl, perSession) -> {
            LocalDate first = LocalDate.ofInstant(START, ZoneOffset.UTC).plusDays(startDay);
            List<PlannedSession> planned = new ArrayList<>();
            for (int i = 0; i < perSession.size(); i++) {
                planned.add(new PlannedSession(planId, planId + "-s" + (i + 1), first.plusDays(3L * i), perSession.get(i)));
            }
            return new PlanView(planId, START.plus(Duration.ofDays(startDay - 1)), lvl, first, planned);
        });
    }

    /** An in-range prescription for a catalogue exercise. */
    private Gen<Prescription> prescriptions() {
        return pick(exercises).flatMap(e -> range(1, 4).zip(
                range(e.rangeBottom(), e.rangeTop()),
                e.loadable() ? orNull(pick(List.of(0.0, 2.0, 4.0, 10.0, 22.5)), 30) : constant((Double) null),
                (sets, amount, load) -> e.countsHold()
                        ? new Prescription(e.id(), sets, null, amount, load)
                        : new Prescription(e.id(), sets, amount, null, load)));
    }

    private Gen<List<Workout>> workouts(List<PlanView> plans) {
        List<String[]> sessions = new ArrayList<>();
        for (PlanView plan : plans) {
            plan.sessions().forEach(s -> sessions.add(new String[] {plan.planId(), s.sessionId()}));
        }
        Gen<String[]> sessionRef = sessions.isEmpty()
                ? constant(NO_SESSION)
                : Generate.oneOf(pick(sessions), constant(NO_SESSION));
        Gen<Duration> gap = Generate.oneOf(
                constant(Duration.ZERO),
                range(1, 72).map(Duration::ofHours),
                range(1, 20).map(Duration::ofDays),
                pick(List.of(Duration.ofDays(14), Duration.ofDays(14).minusMinutes(1))));
        Gen<Double> sessionRpe = orNull(pick(List.of(5.0, 7.0, 8.0, 9.0, 9.5, 10.0)), 30);
        Gen<List<PerformedExercise>> performed = lists().of(performed()).ofSizeBetween(1, 4);
        Gen<WorkoutParts> one = sessionRef.zip(gap, sessionRpe, performed, WorkoutParts::new);
        Gen<List<Integer>> ids = distinct(IntStream.rangeClosed(1, 999).boxed().toList(), range(1, 10));
        return ids.flatMap(idList -> lists().of(one).ofSize(idList.size()).map(parts -> {
            List<Workout> history = new ArrayList<>();
            Instant at = START;
            for (int i = 0; i < idList.size(); i++) {
                WorkoutParts p = parts.get(i);
                at = at.plus(p.gap());
                history.add(new Workout("w" + idList.get(i), Histories.RUNNER, at, p.sessionRef()[0], p.sessionRef()[1],
                        30, p.rpe(), p.performed()));
            }
            return history;
        }));
    }

    private Gen<PerformedExercise> performed() {
        Gen<String> id = Generate.oneOf(pick(exercises).map(ExerciseInfo::id), constant(UNKNOWN));
        Gen<Boolean> skipped = pick(List.of(true, false, false, false, false, false, false, false, false, false));
        Gen<Integer> pain = orNull(range(0, 10), 40);
        Gen<PainArea> area = orNull(enumValues(PainArea.class), 30);
        return id.zip(skipped, lists().of(sets()).ofSizeBetween(0, 6), pain, area, PerformedExercise::new);
    }

    private Gen<PerformedSet> sets() {
        Gen<Integer> reps = orNull(range(0, 24), 20);
        Gen<Integer> hold = orNull(range(0, 75), 40);
        Gen<Double> load = orNull(pick(List.of(0.0, 2.0, 8.0, 12.5)), 60);
        Gen<Side> side = enumValues(Side.class);
        Gen<Double> rpe = orNull(range(10, 20).map(h -> h / 2.0), 30);
        return reps.zip(hold, load, side, rpe, PerformedSet::new);
    }

    /** The values of {@code values}, or null in {@code percent} out of 100 draws (shrinks towards null). */
    private static <T> Gen<T> orNull(Gen<T> values, int percent) {
        Gen<Integer> roll = range(1, 100);
        return in -> roll.generate(in) <= percent ? null : values.generate(in);
    }

    /** Distinct elements of {@code pool} in random order, as many as {@code sizes} says. */
    private static <T> Gen<List<T>> distinct(List<T> pool, Gen<Integer> sizes) {
        return in -> {
            List<T> left = new ArrayList<>(pool);
            List<T> chosen = new ArrayList<>();
            for (int n = sizes.generate(in); n > 0; n--) {
                chosen.add(left.remove((int) range(0, left.size() - 1).generate(in)));
            }
            return chosen;
        };
    }
}
