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
        assertThat(BlockCalendar.of(START, null, null).weeks()).hasSize(4);
        assertThat(BlockCalendar.of(START, START.plusDays(35), null).weeks()).hasSize(4);
        assertThat(BlockCalendar.of(START, START.plusDays(15), null).weeks()).hasSize(3);
        assertThat(BlockCalendar.of(START, START.plusDays(3), null).weeks()).hasSize(1);
        assertThat(BlockCalendar.of(START, START.minusDays(3), null).weeks()).hasSize(4);
    }

    @Test
    void noStrengthInTheFiveDaysBeforeTheRaceNorTheFourAfterIt() {
        LocalDate race = START.plusDays(20);
        assertThat(TrainingPhaseRule.allowsSessionOn(race.minusDays(6), race)).isTrue();
        assertThat(TrainingPhaseRule.allowsSessionOn(race.minusDays(5), race)).isFalse();
        assertThat(TrainingPhaseRule.allowsSessionOn(race, race)).isFalse();
        assertThat(TrainingPhaseRule.allowsSessionOn(race.plusDays(1), race)).isFalse();
        assertThat(TrainingPhaseRule.allowsSessionOn(race.plusDays(4), race)).isFalse();
        assertThat(TrainingPhaseRule.allowsSessionOn(race.plusDays(5), race)).isTrue();
    }

    @Test
    void raceRecoveryIsLightWorkOnly() {
        CatalogueExercise bridge = Exercises.exercise("glute-bridge").pattern(Pattern.HIP).build();
        CatalogueExercise goblet = Exercises.exercise("goblet-squat").level(Level.INTERMEDIATE).load(8)
                .equipment(Equipment.DUMBBELLS).build();
        CatalogueExercise skip = Exercises.exercise("a-skip").purposes(Purpose.ACTIVATE, Purpose.SWIFTNESS).impact(Impact.LOW).build();
        assertThat(TrainingPhaseRule.isLight(bridge)).isTrue();
        assertThat(TrainingPhaseRule.isLight(goblet)).isFalse();
        assertThat(TrainingPhaseRule.isLight(skip)).isFalse();
    }

    @Test
    void sessionCaps() {
        assertThat(TrainingPhaseRule.sessionsFor(TrainingPhase.PEAK, 4)).isEqualTo(2);
        assertThat(TrainingPhaseRule.sessionsFor(TrainingPhase.PEAK, 1)).isEqualTo(1);
        assertThat(TrainingPhaseRule.sessionsFor(TrainingPhase.TAPER, 3)).isEqualTo(1);
        assertThat(TrainingPhaseRule.sessionsFor(TrainingPhase.BUILD, 3)).isEqualTo(3);
    }
}
