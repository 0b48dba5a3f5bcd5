package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed catalogue's ladders, as DOMAIN rules 4 and 8 read them. */
class LaddersTest {

    private final Ladders ladders = PlannerSeed.load().ladders();

    @Test
    void rungsOfOneLadderAreRelatedNearAndFar() {
        assertThat(ladders.sameLadder("knee-plank", "plank")).isTrue();
        assertThat(ladders.sameLadder("knee-plank", "plank-leg-lift")).isTrue();
        assertThat(ladders.sameLadder("split-squat", "reverse-lunge")).isTrue();
        assertThat(ladders.sameLadder("box-squat", "barbell-back-squat")).isTrue();
    }

    @Test
    void branchesOfOneExerciseAndOtherLaddersAreNot() {
        assertThat(ladders.sameLadder("plank", "side-plank")).isFalse();
        assertThat(ladders.sameLadder("reverse-lunge", "bulgarian-split-squat")).as("two branches above the split squat")
                .isFalse();
        assertThat(ladders.sameLadder("squat-jump", "barbell-back-squat")).isFalse();
        assertThat(ladders.sameLadder("plank", "plank")).isFalse();
    }

    @Test
    void firstRungsHaveNothingBelowThemAndSomethingAbove() {
        assertThat(ladders.firstRung("knee-plank")).isTrue();
        assertThat(ladders.firstRung("assisted-nordic-hamstring-curl")).isTrue();
        assertThat(ladders.firstRung("plank")).isFalse();
        assertThat(ladders.firstRung("straight-leg-raise")).as("no ladder at all").isFalse();
        assertThat(ladders.harderThan("knee-plank")).contains("plank", "plank-leg-lift");
    }
}
