package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingPhaseRuleTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 23);

    private static TrainingPhase raceIn(int days) {
        return TrainingPhaseRule.phaseOn(START, START.plusDays(days));
    }

    @Test
    void phaseBoundaries() {
        assertThat(TrainingPhaseRule.phaseOn(START, null)).isEqualTo(TrainingPhase.GENERAL);
        assertThat(raceIn(113)).isEqualTo(TrainingPhase.BASE);
        assertThat(raceIn(112)).isEqualTo(TrainingPhase.BUILD);
        assertThat(raceIn(43)).isEqualTo(TrainingPhase.BUILD);
        assertThat(raceIn(42)).isEqualTo(TrainingPhase.PEAK);
        assertThat(raceIn(15)).isEqualTo(TrainingPhase.PEAK);
        assertThat(raceIn(14)).isEqualTo(TrainingPhase.TAPER);
        assertThat(raceIn(1)).isEqualTo(TrainingPhase.TAPER);
        assertThat(raceIn(0)).isEqualTo(TrainingPhase.RECOVERY);
        assertThat(raceIn(-13)).isEqualTo(TrainingPhase.RECOVERY);
        assertThat(raceIn(-14)).isEqualTo(TrainingPhase.GENERAL);
    }

    @Test
    void planEndsAtTheRace() {
        assertThat(TrainingPhaseRule.weeks(START, null)).isEqualTo(4);
        assertThat(TrainingPhaseRule.weeks(START, START.plusDays(35))).isEqualTo(4);
        assertThat(TrainingPhaseRule.weeks(START, START.plusDays(15))).isEqualTo(3);
        assertThat(TrainingPhaseRule.weeks(START, START.plusDays(3))).isEqualTo(1);
        assertThat(TrainingPhaseRule.weeks(START, START.minusDays(3))).isEqualTo(4);
    }

    @Test
    void noStrengthInTheFiveDaysBeforeTheRace() {
        LocalDate race = START.plusDays(20);
        assertThat(TrainingPhaseRule.allowsSessionOn(race.minusDays(6), race)).isTrue();
        assertThat(TrainingPhaseRule.allowsSessionOn(race.minusDays(5), race)).isFalse();
        assertThat(TrainingPhaseRule.allowsSessionOn(race, race)).isFalse();
        assertThat(TrainingPhaseRule.allowsSessionOn(race.plusDays(1), race)).isTrue();
    }

    @Test
    void sessionCaps() {
        assertThat(TrainingPhaseRule.sessionsFor(TrainingPhase.PEAK, 4)).isEqualTo(2);
        assertThat(TrainingPhaseRule.sessionsFor(TrainingPhase.PEAK, 1)).isEqualTo(1);
        assertThat(TrainingPhaseRule.sessionsFor(TrainingPhase.TAPER, 3)).isEqualTo(1);
        assertThat(TrainingPhaseRule.sessionsFor(TrainingPhase.BUILD, 3)).isEqualTo(3);
    }
}
