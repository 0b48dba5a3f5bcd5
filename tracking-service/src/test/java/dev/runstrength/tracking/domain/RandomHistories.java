package dev.runstrength.tracking.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** jqwik generators of plausible and awkward workout histories over a catalogue. */
final class RandomHistories {

    static final String UNKNOWN = "unknown-move";
    static final Instant START = Histories.START;

    /** A runner's plans and workouts. */
    record Scenario(List<PlanView> plans, List<Workout> history) {

        PlanLookup lookup() {
            return PlanLookup.of(plans);
        }
    }

    private final List<ExerciseInfo> exercises;

    RandomHistories(List<ExerciseInfo> exercises) {
        this.exercises = List.copyOf(exercises);
    }

    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<PlanView>> plans = Combinators.combine(plan("p1", 0), plan("p2", 12), Arbitraries.integers().between(0, 2))
                .as((p1, p2, count) -> count == 0 ? List.<PlanView>of() : count == 1 ? List.of(p1) : List.of(p1, p2));
        return plans.flatMap(ps -> workouts(ps).map(ws -> new Scenario(ps, ws)));
    }

    private Arbitrary<PlanView> plan(String planId, int startDay) {
        Arbitrary<RunnerLevel> level = Arbitraries.of(RunnerLevel.class);
        Arbitrary<List<List<Prescription>>> sessions = prescriptions().list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(level, sessions).as((lvl, perSession) -> {
            LocalDate first = LocalDate.ofInstant(START, ZoneOffset.UTC).plusDays(startDay);
            List<PlannedSession> planned = new ArrayList<>();
            for (int i = 0; i < perSession.size(); i++) {
                planned.add(new PlannedSession(planId, planId + "-s" + (i + 1), first.plusDays(3L * i), perSession.get(i)));
            }
            return new PlanView(planId, START.plus(Duration.ofDays(startDay - 1)), lvl, first, planned);
        });
    }

    /** An in-range prescription for a catalogue exercise. */
    private Arbitrary<Prescription> prescriptions() {
        return Arbitraries.of(exercises).flatMap(e -> Combinators.combine(
                Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(e.rangeBottom(), e.rangeTop()),
                e.loadable() ? Arbitraries.of(0.0, 2.0, 4.0, 10.0, 22.5).injectNull(0.3) : Arbitraries.just(null))
                .as((sets, amount, load) -> e.countsHold()
                        ? new Prescription(e.id(), sets, null, amount, (Double) load)
                        : new Prescription(e.id(), sets, amount, null, (Double) load)));
    }

    private Arbitrary<List<Workout>> workouts(List<PlanView> plans) {
        List<String[]> sessions = new ArrayList<>();
        for (PlanView plan : plans) {
            plan.sessions().forEach(s -> sessions.add(new String[] {plan.planId(), s.sessionId()}));
        }
        Arbitrary<String[]> sessionRef = sessions.isEmpty()
                ? Arbitraries.just(new String[] {null, null})
                : Arbitraries.oneOf(Arbitraries.of(sessions), Arbitraries.just(new String[] {null, null}));
        Arbitrary<Duration> gap = Arbitraries.oneOf(
                Arbitraries.just(Duration.ZERO),
                Arbitraries.integers().between(1, 72).map(Duration::ofHours),
                Arbitraries.integers().between(1, 20).map(Duration::ofDays),
                Arbitraries.of(Duration.ofDays(14), Duration.ofDays(14).minusMinutes(1)));
        Arbitrary<Double> sessionRpe = Arbitraries.of(5.0, 7.0, 8.0, 9.0, 9.5, 10.0).injectNull(0.3);
        Arbitrary<List<PerformedExercise>> performed = performed().list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<Object[]> one = Combinators.combine(sessionRef, gap, sessionRpe, performed)
                .as((ref, g, rpe, list) -> new Object[] {ref, g, rpe, list});
        Arbitrary<List<Integer>> ids = Arbitraries.integers().between(1, 999).list().uniqueElements().ofMinSize(1).ofMaxSize(10);
        return ids.flatMap(idList -> one.list().ofSize(idList.size()).map(parts -> {
            List<Workout> history = new ArrayList<>();
            Instant at = START;
            for (int i = 0; i < idList.size(); i++) {
                Object[] p = parts.get(i);
                String[] ref = (String[]) p[0];
                at = at.plus((Duration) p[1]);
                @SuppressWarnings("unchecked")
                List<PerformedExercise> list = (List<PerformedExercise>) p[3];
                history.add(new Workout("w" + idList.get(i), Histories.RUNNER, at, ref[0], ref[1], 30, (Double) p[2], list));
            }
            return history;
        }));
    }

    private Arbitrary<PerformedExercise> performed() {
        Arbitrary<String> id = Arbitraries.oneOf(
                Arbitraries.of(exercises).map(ExerciseInfo::id),
                Arbitraries.just(UNKNOWN));
        Arbitrary<Integer> pain = Arbitraries.integers().between(0, 10).injectNull(0.4);
        Arbitrary<PainArea> area = Arbitraries.of(PainArea.class).injectNull(0.3);
        return Combinators.combine(id, Arbitraries.of(true, false, false, false, false, false, false, false, false, false),
                        sets().list().ofMaxSize(6), pain, area)
                .as(PerformedExercise::new);
    }

    private Arbitrary<PerformedSet> sets() {
        Arbitrary<Integer> reps = Arbitraries.integers().between(0, 24).injectNull(0.2);
        Arbitrary<Integer> hold = Arbitraries.integers().between(0, 75).injectNull(0.4);
        Arbitrary<Double> load = Arbitraries.of(0.0, 2.0, 8.0, 12.5).injectNull(0.6);
        Arbitrary<Side> side = Arbitraries.of(Side.class);
        Arbitrary<Double> rpe = Arbitraries.integers().between(10, 20).map(h -> h / 2.0).injectNull(0.3);
        return Combinators.combine(reps, hold, load, side, rpe).as(PerformedSet::new);
    }
}
