package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import org.junit.jupiter.api.Test;

import static dev.runstrength.planner.domain.Exercises.exercise;
import static org.assertj.core.api.Assertions.assertThat;

class WeeklyProgressionTest {

    private final CatalogExercise split = exercise("split-squat").reps(10, 15).build();
    private final CatalogExercise loaded = exercise("goblet-squat").reps(8, 12).load(8).equipment(Equipment.DUMBBELLS).build();

    private Dose dose(CatalogExercise e, Level level, TrainingPhase phase, int week) {
        return WeeklyProgression.dose(e, level, phase, week, 99, null, true);
    }

    @Test
    void repsRiseOneThenTwoThenDeloadToAboutSixtyPercent() {
        assertThat(dose(split, Level.INTERMEDIATE, TrainingPhase.GENERAL, 1)).isEqualTo(new Dose(3, 12, null, null));
        assertThat(dose(split, Level.INTERMEDIATE, TrainingPhase.GENERAL, 2)).isEqualTo(new Dose(3, 13, null, null));
        assertThat(dose(split, Level.INTERMEDIATE, TrainingPhase.GENERAL, 3)).isEqualTo(new Dose(3, 14, null, null));
        Dose deload = dose(split, Level.INTERMEDIATE, TrainingPhase.GENERAL, 4);
        assertThat(deload).isEqualTo(new Dose(2, 13, null, null));
        assertThat(deload.volume() / 42.0).isBetween(0.55, 0.65);
    }

    @Test
    void atTheTopTheLoadRisesInsteadInTheStepsTheImplementHas() {
        // 8 kg dumbbells: 5 % a week rounded up to a real dumbbell is 10 kg in week 2, still 10 kg in week 3
        assertThat(dose(loaded, Level.ADVANCED, TrainingPhase.BUILD, 1)).isEqualTo(new Dose(3, 12, null, 8.0));
        assertThat(dose(loaded, Level.ADVANCED, TrainingPhase.BUILD, 2)).isEqualTo(new Dose(3, 12, null, 10.0));
        assertThat(dose(loaded, Level.ADVANCED, TrainingPhase.BUILD, 3)).isEqualTo(new Dose(3, 12, null, 10.0));
        assertThat(dose(loaded, Level.ADVANCED, TrainingPhase.BUILD, 4).loadKg()).isEqualTo(8.0);
        CatalogExercise barbell = exercise("back-squat").reps(4, 6).load(60).equipment(Equipment.BARBELL).build();
        assertThat(dose(barbell, Level.ADVANCED, TrainingPhase.BUILD, 2).loadKg()).isEqualTo(65.0);
        assertThat(dose(barbell, Level.ADVANCED, TrainingPhase.BUILD, 3).loadKg()).isEqualTo(67.5);
    }

    @Test
    void holdsRiseFiveSecondsAWeekUpToTwiceTheReference() {
        CatalogExercise plank = exercise("plank").hold(30).build();
        assertThat(dose(plank, Level.ADVANCED, TrainingPhase.GENERAL, 1).holdSeconds()).isEqualTo(40);
        assertThat(dose(plank, Level.ADVANCED, TrainingPhase.GENERAL, 3).holdSeconds()).isEqualTo(50);
        Dose nearCap = new Dose(3, null, 55, null);
        assertThat(WeeklyProgression.risen(plank, nearCap, 3).holdSeconds()).isEqualTo(60);
    }

    @Test
    void repsNeverPassTheTop() {
        CatalogExercise narrow = exercise("narrow").reps(5, 6).build();
        assertThat(dose(narrow, Level.BEGINNER, TrainingPhase.GENERAL, 3).reps()).isEqualTo(6);
    }

    @Test
    void peakDropsASetTaperHalvesRecoveryIsOneLightSet() {
        assertThat(dose(split, Level.INTERMEDIATE, TrainingPhase.PEAK, 1).sets()).isEqualTo(2);
        Dose taper = dose(split, Level.INTERMEDIATE, TrainingPhase.TAPER, 4);
        assertThat(taper.volume() / 36.0).isBetween(0.45, 0.55);
        assertThat(dose(loaded, Level.ADVANCED, TrainingPhase.RECOVERY, 1)).isEqualTo(new Dose(1, 8, null, null));
    }

    @Test
    void caps() {
        assertThat(WeeklyProgression.dose(split, Level.ADVANCED, TrainingPhase.GENERAL, 1, 1, null, true).sets()).isEqualTo(1);
        assertThat(WeeklyProgression.dose(split, Level.ADVANCED, TrainingPhase.GENERAL, 1, 3, 8, true).reps()).isEqualTo(8);
        assertThat(WeeklyProgression.dose(loaded, Level.ADVANCED, TrainingPhase.GENERAL, 1, 3, null, false).loadKg()).isNull();
    }
}
