package dev.runstrength.tracking.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.runstrength.tracking.domain.Histories.day;
import static dev.runstrength.tracking.domain.Histories.flags;
import static dev.runstrength.tracking.domain.Histories.replay;
import static dev.runstrength.tracking.domain.Histories.workout;
import static org.assertj.core.api.Assertions.assertThat;

class AsymmetryCheckTest {

    private static PerformedExercise sides(String exerciseId, int left, int right) {
        return PerformedExercise.done(exerciseId, List.of(
                PerformedSet.reps(left).onSide(Side.LEFT), PerformedSet.reps(right).onSide(Side.RIGHT)));
    }

    @Test
    void elevenPercentApartIsFlagged() {
        Replay replay = replay(workout("w1", day(0), sides("single-leg-calf-raise", 89, 100)));

        assertThat(flags(replay, "w1")).singleElement().satisfies(flag -> {
            assertThat(flag.type()).isEqualTo(FlagType.ASYMMETRY);
            assertThat(flag.area()).isNull();
            assertThat(flag.message()).isEqualTo("Single-leg calf raise: left and right differ by 11 % (left 89,"
                    + " right 100; over 10 % is an imbalance). Start with the left side and match its work on the other.");
        });
    }

    @Test
    void exactlyTenPercentIsNot() {
        Replay replay = replay(workout("w1", day(0), sides("single-leg-calf-raise", 100, 90)));

        assertThat(flags(replay, "w1")).isEmpty();
    }

    @Test
    void loadCountsInTheWork() {
        PerformedExercise sameRepsDifferentLoad = PerformedExercise.done("weighted-single-leg-calf-raise", List.of(
                PerformedSet.reps(10).withLoad(10.0).onSide(Side.LEFT),
                PerformedSet.reps(10).withLoad(8.0).onSide(Side.RIGHT)));

        assertThat(AsymmetryCheck.check(Histories.CATALOGUE.find("weighted-single-leg-calf-raise").orElseThrow(),
                sameRepsDifferentLoad, false)).isPresent();
    }

    @Test
    void holdsCompareSeconds() {
        PerformedExercise holds = PerformedExercise.done("side-plank", List.of(
                PerformedSet.hold(30).onSide(Side.LEFT), PerformedSet.hold(40).onSide(Side.RIGHT)));

        assertThat(AsymmetryCheck.check(Histories.CATALOGUE.find("side-plank").orElseThrow(), holds, true))
                .hasValueSatisfying(flag -> assertThat(flag.message()).contains("25 %"));
    }

    @Test
    void twoLegExercisesAndSetsNotSplitBySideAreNotChecked() {
        Replay bilateral = replay(workout("w1", day(0), sides("glute-bridge", 50, 100)));
        Replay bothOnly = replay(workout("w1", day(0), PerformedExercise.done("single-leg-calf-raise",
                List.of(PerformedSet.reps(5), PerformedSet.reps(15)))));
        Replay leftOnly = replay(workout("w1", day(0), PerformedExercise.done("single-leg-calf-raise",
                List.of(PerformedSet.reps(15).onSide(Side.LEFT)))));

        assertThat(flags(bilateral, "w1")).isEmpty();
        assertThat(flags(bothOnly, "w1")).isEmpty();
        assertThat(flags(leftOnly, "w1")).isEmpty();
    }
}
