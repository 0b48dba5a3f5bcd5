package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeBudgetRuleTest {

    @Test
    void floorIsSeventyPercentRoundedUp() {
        assertThat(TimeBudgetRule.floorMinutes(10)).isEqualTo(7);
        assertThat(TimeBudgetRule.floorMinutes(11)).isEqualTo(8);
        assertThat(TimeBudgetRule.floorMinutes(30)).isEqualTo(21);
        assertThat(TimeBudgetRule.floorMinutes(90)).isEqualTo(63);
    }

    @Test
    void windowEdges() {
        assertThat(TimeBudgetRule.fits(21, 30)).isTrue();
        assertThat(TimeBudgetRule.fits(30, 30)).isTrue();
        assertThat(TimeBudgetRule.fits(20, 30)).isFalse();
        assertThat(TimeBudgetRule.fits(31, 30)).isFalse();
    }

    @Test
    void floorSecondsIsTheFirstSecondThatRoundsUpToTheFloor() {
        int s = TimeBudgetRule.floorSeconds(10);
        assertThat(DurationEstimate.minutes(s)).isEqualTo(7);
        assertThat(DurationEstimate.minutes(s - 1)).isEqualTo(6);
    }
}
