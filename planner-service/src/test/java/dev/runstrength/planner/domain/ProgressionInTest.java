package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN rule 11: the next plan starts from tracking's {@code to} prescriptions, ladder moves included. */
class ProgressionInTest {

    private static final Instant AT = Instant.parse("2026-11-21T18:00:00Z");
    private static final PlanGenerator GENERATOR = new PlanGenerator();

    private static Plan plan(RunnerProfile profile, ProgressionState progression) {
        return GENERATOR.generate(new PlanRequest(profile, PlannerSeed.load(), progression, Runners.TODAY,
                Runners.GENERATED, "p1"));
    }

    private static ProgressionState state(String from, Prescription to, String reason) {
        return new ProgressionState(AT, Map.of(from, to), List.of(), Map.of(from, reason));
    }

    private static List<PrescribedExercise> strength(Plan plan, int week, String id) {
        return plan.weeks().get(week - 1).sessions().stream()
                .flatMap(s -> s.block(BlockPhase.STRENGTHEN).exercises().stream())
                .filter(e -> e.exerciseId().equals(id)).toList();
    }

    private static List<String> ids(Plan plan) {
        return plan.weeks().stream().flatMap(w -> w.sessions().stream()).flatMap(s -> s.blocks().stream())
                .flatMap(b -> b.exercises().stream()).map(PrescribedExercise::exerciseId).distinct().toList();
    }

    private static String rationale(Plan plan) {
        return plan.rationale().stream().filter(r -> r.code().equals(ProgressionIn.CODE)).map(Rationale::message)
                .findFirst().orElse("");
    }

    /** A strength exercise of the beginner's week 1 counted in reps, with room to rise: its level dose is 5+ below the top. */
    static CatalogueExercise roomy(Plan plan) {
        for (Session s : plan.weeks().get(0).sessions()) {
            for (PrescribedExercise pe : s.block(BlockPhase.STRENGTHEN).exercises()) {
                CatalogueExercise e = PlannerSeed.load().find(pe.exerciseId()).orElseThrow();
                if (pe.reps() != null && pe.targetRpe() == null && e.prescription().repsMax() - pe.reps() >= 5
                        && e.footContactsPerRep() == 0) {
                    return e;
                }
            }
        }
        throw new AssertionError("no roomy rep exercise in " + plan.planId());
    }

    @Test
    void repsUpStartWeekOneAtTheNewDoseAndRiseFromThere() {
        Plan before = plan(Runners.beginner(), ProgressionState.empty());
        CatalogueExercise e = roomy(before);
        int level = e.prescription().repsMin();
        assertThat(strength(before, 1, e.id())).isNotEmpty().allSatisfy(pe -> assertThat(pe.reps()).isEqualTo(level));
        Plan plan = plan(Runners.beginner(), state(e.id(), new Prescription(e.id(), 2, level + 2, null, null),
                "reps up after two strong sessions"));
        assertThat(strength(plan, 1, e.id())).isNotEmpty().allSatisfy(pe -> assertThat(pe.reps()).isEqualTo(level + 2));
        assertThat(strength(plan, 2, e.id())).allSatisfy(pe -> assertThat(pe.reps()).isEqualTo(level + 3));
        assertThat(strength(plan, 3, e.id())).allSatisfy(pe -> assertThat(pe.reps()).isEqualTo(level + 4));
        assertThat(rationale(plan)).isEqualTo(e.name() + ": 2 x " + (level + 2) + " reps"
                + (e.prescription().perSide() ? " each side" : "") + " from your last workouts (reps up after two strong sessions).");
        assertThat(plan.basedOn().progressionAt()).isEqualTo(AT);
    }

    @Test
    void theWeeklyRiseNeverPassesTheRangeTop() {
        CatalogueExercise e = roomy(plan(Runners.beginner(), ProgressionState.empty()));
        int top = e.prescription().repsMax();
        Plan plan = plan(Runners.beginner(), state(e.id(), new Prescription(e.id(), 2, top + 5, null, null), "reps up"));
        assertThat(strength(plan, 1, e.id())).isNotEmpty().allSatisfy(pe -> assertThat(pe.reps()).isEqualTo(top));
        assertThat(strength(plan, 3, e.id())).allSatisfy(pe -> assertThat(pe.reps()).isEqualTo(top));
    }

    /** An exercise of the plan's block and the next rung of it a beginner without equipment may do, not yet in the plan. */
    static CatalogueExercise[] nextRung(Plan plan, BlockPhase block) {
        return nextRung(plan, block, Runners.beginner());
    }

    static CatalogueExercise[] nextRung(Plan plan, BlockPhase block, RunnerProfile runner) {
        List<String> used = ids(plan);
        for (Session s : plan.weeks().get(0).sessions()) {
            for (PrescribedExercise pe : s.block(block).exercises()) {
                CatalogueExercise e = PlannerSeed.load().find(pe.exerciseId()).orElseThrow();
                for (String next : e.progressions()) {
                    CatalogueExercise n = PlannerSeed.load().find(next).orElseThrow();
                    if (runner.level().atLeast(n.minLevel()) && runner.equipment().containsAll(n.equipment())
                            && !used.contains(n.id()) && n.servesPhase(block)
                            && PainRule.allows(n, PainPicture.of(runner.painAreas(), List.of()))) {
                        return new CatalogueExercise[] {e, n};
                    }
                }
            }
        }
        return null;
    }

    static Prescription entry(CatalogueExercise to, int sets) {
        return to.prescription().isHold() ? new Prescription(to.id(), sets, null, to.prescription().holdSeconds(), null)
                : new Prescription(to.id(), sets, to.prescription().repsMin(), null, null);
    }

    @Test
    void aLadderMoveTakesTheOldExercisesPlaceInItsSession() {
        // the first of these runners whose plan holds an exercise with a next rung open to them and not yet used
        RunnerProfile runner = null;
        Plan before = null;
        CatalogueExercise[] move = null;
        for (RunnerProfile candidate : List.of(Runners.beginner(), Runners.generousBeginner(), Runners.trailRunner(),
                Runners.marathoner())) {
            before = plan(candidate, ProgressionState.empty());
            move = nextRung(before, BlockPhase.STRENGTHEN, candidate);
            if (move != null) {
                runner = candidate;
                break;
            }
        }
        assertThat(move).as("a strength exercise of a plan with a next rung open to its runner").isNotNull();
        CatalogueExercise from = move[0];
        CatalogueExercise to = move[1];
        String session = sessionOf(before, from.id());

        Plan plan = GENERATOR.generate(new PlanRequest(runner, PlannerSeed.load(), state(from.id(),
                entry(to, 2), "next step on the ladder"), Runners.TODAY, Runners.GENERATED, "p2", PreviousPlan.of(before)));

        assertThat(ids(plan)).contains(to.id()).doesNotContain(from.id());
        assertThat(sessionOf(plan, to.id())).as("A stays A").isEqualTo(session);
        assertThat(strength(plan, 1, to.id())).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sets()).isEqualTo(2);
            assertThat(e.reps() != null ? e.reps() : e.holdSeconds()).isEqualTo(entry(to, 2).reps() != null
                    ? entry(to, 2).reps() : entry(to, 2).holdSeconds());
        });
        assertThat(rationale(plan)).contains(to.name() + ": 2 x ").contains("from your last workouts, in place of "
                + from.name() + ", still in " + session + " (next step on the ladder).");
    }

    /** The session (label) that holds the exercise in the plan's first week, or null. */
    static String sessionOf(Plan plan, String exerciseId) {
        for (Week w : plan.weeks()) {
            for (Session s : w.sessions()) {
                if (s.blocks().stream().anyMatch(b -> b.exercises().stream().anyMatch(e -> e.exerciseId().equals(exerciseId)))) {
                    return Session.label(s.title());
                }
            }
        }
        return null;
    }

    @Test
    void aLadderMoveOutOfReachKeepsTheOldExerciseAtItsLevelDose() {
        // the weighted raise needs dumbbells and an intermediate runner
        Plan plan = plan(Runners.beginner(), state("double-leg-calf-raise",
                new Prescription("weighted-single-leg-calf-raise", 3, 12, null, 8.0), "load up"));
        assertThat(ids(plan)).doesNotContain("weighted-single-leg-calf-raise").contains("double-leg-calf-raise");
        assertThat(strength(plan, 1, "double-leg-calf-raise")).allSatisfy(e -> assertThat(e.reps()).isEqualTo(15));
        assertThat(rationale(plan)).isEmpty();
    }

    @Test
    void aLadderMoveToAContraindicatedExerciseIsNotTaken() {
        ProgressionState knee = new ProgressionState(AT, Map.of("bodyweight-squat",
                new Prescription("squat-jump", 3, 5, null, null)), List.of(new Pain(PainArea.KNEE, 4)));
        RunnerProfile intermediate = new RunnerProfile("r-mid", Runners.UPDATED, Level.INTERMEDIATE, Goal.SPEED, 40.0, 2,
                45, java.util.Set.of(), List.of(), null, List.of(), false, Runners.START);
        assertThat(ids(plan(intermediate, knee))).doesNotContain("squat-jump");
    }

    @Test
    void setsNeverExceedTheLevelsAndShapeMismatchesAreIgnored() {
        CatalogueExercise e = roomy(plan(Runners.beginner(), ProgressionState.empty()));
        int level = e.prescription().repsMin();
        Plan plan = plan(Runners.beginner(), new ProgressionState(AT, Map.of(
                e.id(), new Prescription(e.id(), 5, level + 1, null, null)), List.of()));
        assertThat(strength(plan, 1, e.id())).isNotEmpty().allSatisfy(pe -> {
            assertThat(pe.sets()).isEqualTo(2);
            assertThat(pe.reps()).isEqualTo(level + 1);
        });
        Plan mismatch = plan(Runners.beginner(), new ProgressionState(AT, Map.of(
                e.id(), new Prescription(e.id(), 2, null, 40, null)), List.of()));
        assertThat(strength(mismatch, 1, e.id())).isNotEmpty().allSatisfy(pe -> {
            assertThat(pe.reps()).isEqualTo(level);
            assertThat(pe.holdSeconds()).isNull();
        });
    }

    @Test
    void tracksDoseIsMovedToTheNearestOneTheSharedDoseModelPrescribes() {
        CatalogueExercise lunge = Exercises.exercise("lateral-lunge").reps(8, 10).build();
        CatalogueExercise calfRaise = Exercises.exercise("weighted-calf-raise").reps(12, 15).load(8)
                .equipment(Equipment.DUMBBELLS).build();
        CatalogueExercise plank = Exercises.exercise("plank").hold(30).build();
        ProgressionIn in = new ProgressionIn(new ProgressionState(AT, Map.of(
                "lateral-lunge", new Prescription("lateral-lunge", 2, 6, null, null),
                "weighted-calf-raise", new Prescription("weighted-calf-raise", 3, 13, null, 9.0),
                "plank", new Prescription("plank", 3, null, 90, null)), List.of()));
        // a deload week's 2 x 6 starts the next block at the bottom of the range
        assertThat(in.dose(lunge, Level.INTERMEDIATE, BlockPhase.STRENGTHEN, false)).contains(Dose.ofReps(2, 8));
        // no 9 kg dumbbell: the lighter real one; a beginner carries no load
        assertThat(in.dose(calfRaise, Level.INTERMEDIATE, BlockPhase.STRENGTHEN, false)).contains(new Dose(3, 13, null, 8.0));
        assertThat(in.dose(calfRaise, Level.BEGINNER, BlockPhase.STRENGTHEN, false)).contains(Dose.ofReps(2, 13));
        // holds stop at twice the catalogue hold
        assertThat(in.dose(plank, Level.ADVANCED, BlockPhase.STRENGTHEN, false)).contains(Dose.ofHold(3, 60));
    }

    private static List<PrescribedExercise> support(Plan plan, int week, String id) {
        return plan.weeks().get(week - 1).sessions().stream()
                .flatMap(s -> java.util.stream.Stream.of(s.block(BlockPhase.PREPARE), s.block(BlockPhase.RECOVER)))
                .flatMap(b -> b.exercises().stream())
                .filter(e -> e.exerciseId().equals(id)).toList();
    }

    @Test
    void warmUpWorkTakesTrackingsRepsAsItsNormalAmountButNotItsSets() {
        Plan without = plan(Runners.beginner(), ProgressionState.empty());
        String rocker = "ankle-rocker";
        assertThat(support(without, 1, rocker)).as("the beginner plan warms up with ankle rockers").isNotEmpty()
                .allSatisfy(e -> assertThat(e.reps()).isEqualTo(10));

        Plan with = plan(Runners.beginner(), state(rocker, new Prescription(rocker, 1, 11, null, null), "reps up"));

        assertThat(support(with, 1, rocker)).isNotEmpty().allSatisfy(e -> assertThat(e.reps()).isEqualTo(11));
        // rounds stay the time budget's: longer rounds can only mean as many or fewer of them
        int roundsBefore = support(without, 1, rocker).stream().mapToInt(PrescribedExercise::sets).max().orElseThrow();
        assertThat(support(with, 1, rocker)).allSatisfy(e -> assertThat(e.sets()).isLessThanOrEqualTo(roundsBefore));
    }

    @Test
    void aLadderMoveOnWarmUpWorkTakesTheOldExercisesPlace() {
        int moved = 0;
        for (RunnerProfile runner : List.of(Runners.beginner(), Runners.heelPain(), Runners.racer())) {
            Plan before = plan(runner, ProgressionState.empty());
            CatalogueExercise[] move = nextRung(before, BlockPhase.PREPARE, runner);
            if (move == null) {
                continue;
            }
            Plan with = GENERATOR.generate(new PlanRequest(runner, PlannerSeed.load(), state(move[0].id(),
                    entry(move[1], 1), "next step on the ladder"), Runners.TODAY, Runners.GENERATED, "p2",
                    PreviousPlan.of(before)));
            assertThat(ids(with)).as(runner.runnerId()).contains(move[1].id()).doesNotContain(move[0].id());
            assertThat(sessionOf(with, move[1].id())).isEqualTo(sessionOf(before, move[0].id()));
            moved++;
        }
        assertThat(moved).as("a warm-up exercise with a next rung open to its runner").isPositive();
    }

    @Test
    void noProgressionLeavesThePlanAsBefore() {
        Plan without = plan(Runners.heelPain(), ProgressionState.empty());
        Plan unrelated = plan(Runners.heelPain(), state("no-such-exercise",
                new Prescription("no-such-exercise", 3, 10, null, null), "reps up"));
        assertThat(unrelated.weeks()).isEqualTo(without.weeks());
        assertThat(rationale(unrelated)).isEmpty();
    }
}
