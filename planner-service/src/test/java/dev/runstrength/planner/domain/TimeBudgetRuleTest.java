package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN rule 2 (v1.1): PREPARE and RECOVER minutes, and the weekly strength volume per level. */
class TimeBudgetRuleTest {

    @Test
    void prepareTakesFiveToEightMinutesAndRecoverThreeToSixFromATwentyFiveMinuteBudget() {
        assertThat(TimeBudgetRule.prepareSeconds(25)).isEqualTo(300);
        assertThat(TimeBudgetRule.recoverSeconds(25)).isEqualTo(180);
        assertThat(TimeBudgetRule.prepareSeconds(45)).isEqualTo(405);
        assertThat(TimeBudgetRule.prepareSeconds(90)).as("never grows to fill time").isEqualTo(480);
        assertThat(TimeBudgetRule.recoverSeconds(90)).isEqualTo(360);
    }

    @Test
    void aShortBudgetGivesThemAFifthAndAnEighth() {
        assertThat(TimeBudgetRule.prepareSeconds(10)).isEqualTo(120);
        assertThat(TimeBudgetRule.recoverSeconds(10)).isEqualTo(72);
        assertThat(TimeBudgetRule.prepareSeconds(24)).isLessThan(TimeBudgetRule.prepareSeconds(25));
    }

    @Test
    void theWeeklyVolumeIsSharedOverTheWeeksSessions() {
        assertThat(TimeBudgetRule.weeklySets(Level.BEGINNER)).isEqualTo(24);
        assertThat(TimeBudgetRule.sessionSets(Level.BEGINNER, 2)).isEqualTo(12);
        assertThat(TimeBudgetRule.sessionSets(Level.BEGINNER, 1)).as("capped by the exercises a session holds").isEqualTo(12);
        assertThat(TimeBudgetRule.sessionSets(Level.ADVANCED, 4)).isEqualTo(12);
        assertThat(TimeBudgetRule.sessionSets(Level.INTERMEDIATE, 3)).isEqualTo(14);
    }
}
