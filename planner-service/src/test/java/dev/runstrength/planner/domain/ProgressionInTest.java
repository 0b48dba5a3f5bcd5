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
        return GENERATOR.generate(new PlanRequest(profile, SeedCatalogue.load(), progression, Runners.TODAY,
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

    @Test
    void repsUpStartWeekOneAtTheNewDoseAndRiseFromThere() {
        assertThat(strength(plan(Runners.beginner(), ProgressionState.empty()), 1, "bent-knee-calf-raise"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.reps()).isEqualTo(15));
        Plan plan = plan(Runners.beginner(), state("bent-knee-calf-raise",
                new Prescription("bent-knee-calf-raise", 2, 17, null, null), "reps up after two strong sessions"));
        assertThat(strength(plan, 1, "bent-knee-calf-raise")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.reps()).isEqualTo(17));
        assertThat(strength(plan, 2, "bent-knee-calf-raise")).allSatisfy(e -> assertThat(e.reps()).isEqualTo(18));
        assertThat(strength(plan, 3, "bent-knee-calf-raise")).allSatisfy(e -> assertThat(e.reps()).isEqualTo(19));
        assertThat(rationale(plan)).isEqualTo(
                "Bent-knee calf raise: 2 x 17 reps from your last workouts (reps up after two strong sessions).");
        assertThat(plan.basedOn().progressionAt()).isEqualTo(AT);
    }

    @Test
    void theWeeklyRiseNeverPassesTheRangeTop() {
        Plan plan = plan(Runners.beginner(), state("bent-knee-calf-raise",
                new Prescription("bent-knee-calf-raise", 2, 25, null, null), "reps up"));
        assertThat(strength(plan, 1, "bent-knee-calf-raise")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.reps()).isEqualTo(20));
        assertThat(strength(plan, 3, "bent-knee-calf-raise")).allSatisfy(e -> assertThat(e.reps()).isEqualTo(20));
    }

    @Test
    void aLadderMoveTakesTheOldExercisesPlace() {
        assertThat(ids(plan(Runners.beginner(), ProgressionState.empty())))
                .contains("double-leg-calf-raise").doesNotContain("single-leg-calf-raise");
        Plan plan = plan(Runners.beginner(), state("double-leg-calf-raise",
                new Prescription("single-leg-calf-raise", 2, 12, null, null), "next step on the ladder"));
        assertThat(ids(plan)).contains("single-leg-calf-raise").doesNotContain("double-leg-calf-raise");
        assertThat(strength(plan, 1, "single-leg-calf-raise")).allSatisfy(e -> {
            assertThat(e.sets()).isEqualTo(2);
            assertThat(e.reps()).isEqualTo(12);
        });
        assertThat(rationale(plan)).contains("Single-leg calf raise: 2 x 12 reps each side from your last workouts, "
                + "in place of Double-leg calf raise (next step on the ladder).");
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
        Plan plan = plan(Runners.beginner(), new ProgressionState(AT, Map.of(
                "bent-knee-calf-raise", new Prescription("bent-knee-calf-raise", 5, 16, null, null),
                "double-leg-calf-raise", new Prescription("double-leg-calf-raise", 2, null, 40, null)), List.of()));
        assertThat(strength(plan, 1, "bent-knee-calf-raise")).allSatisfy(e -> {
            assertThat(e.sets()).isEqualTo(2);
            assertThat(e.reps()).isEqualTo(16);
        });
        assertThat(strength(plan, 1, "double-leg-calf-raise")).allSatisfy(e -> {
            assertThat(e.reps()).isEqualTo(15);
            assertThat(e.holdSeconds()).isNull();
        });
    }

    @Test
    void tracksDoseIsMovedToTheNearestOneTheSharedDoseModelPrescribes() {
        CatalogExercise lunge = Exercises.exercise("lateral-lunge").reps(8, 10).build();
        CatalogExercise calfRaise = Exercises.exercise("weighted-calf-raise").reps(12, 15).load(8)
                .equipment(Equipment.DUMBBELLS).build();
        CatalogExercise plank = Exercises.exercise("plank").hold(30).build();
        ProgressionIn in = new ProgressionIn(new ProgressionState(AT, Map.of(
                "lateral-lunge", new Prescription("lateral-lunge", 2, 6, null, null),
                "weighted-calf-raise", new Prescription("weighted-calf-raise", 3, 13, null, 9.0),
                "plank", new Prescription("plank", 3, null, 90, null)), List.of()));
        // a deload week's 2 x 6 starts the next block at the bottom of the range
        assertThat(in.startDose(lunge, Level.INTERMEDIATE)).contains(Dose.ofReps(2, 8));
        // no 9 kg dumbbell: the lighter real one; a beginner carries no load
        assertThat(in.startDose(calfRaise, Level.INTERMEDIATE)).contains(new Dose(3, 13, null, 8.0));
        assertThat(in.startDose(calfRaise, Level.BEGINNER)).contains(Dose.ofReps(2, 13));
        // holds stop at twice the catalogue hold
        assertThat(in.startDose(plank, Level.ADVANCED)).contains(Dose.ofHold(3, 60));
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
        Plan without = plan(Runners.heelPain(), ProgressionState.empty());
        assertThat(ids(without)).as("the intermediate warms up with A-skips").contains("a-skip").doesNotContain("b-skip");

        Plan with = plan(Runners.heelPain(), state("a-skip", new Prescription("b-skip", 1, 8, null, null),
                "next step on the ladder"));

        assertThat(ids(with)).contains("b-skip").doesNotContain("a-skip");
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
