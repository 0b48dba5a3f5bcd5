package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import static dev.runstrength.planner.domain.Exercises.exercise;
import static org.assertj.core.api.Assertions.assertThat;

class WeeklyProgressionTest {

    private final CatalogueExercise split = exercise("split-squat").reps(10, 15).build();
    private final CatalogueExercise loaded = exercise("goblet-squat").reps(8, 12).load(8).equipment(Equipment.DUMBBELLS).build();

    static CalendarWeek week(int blockWeek, int block) {
        return new CalendarWeek(blockWeek, LocalDate.of(2026, 11, 23), TrainingPhase.GENERAL, blockWeek, block, List.of(), true);
    }

    private Dose dose(CatalogueExercise e, Level level, int week) {
        return WeeklyProgression.dose(e, e.levelDose(level), week(week, 0), false, week(1, 0));
    }

    @Test
    void repsRiseOneThenTwoThenDeloadToAboutSixtyPercent() {
        assertThat(dose(split, Level.INTERMEDIATE, 1)).isEqualTo(new Dose(3, 12, null, null));
        assertThat(dose(split, Level.INTERMEDIATE, 2)).isEqualTo(new Dose(3, 13, null, null));
        assertThat(dose(split, Level.INTERMEDIATE, 3)).isEqualTo(new Dose(3, 14, null, null));
        Dose deload = dose(split, Level.INTERMEDIATE, 4);
        assertThat(deload).isEqualTo(new Dose(2, 13, null, null));
        assertThat(deload.volume() / 42.0).isBetween(0.55, 0.65);
    }

    @Test
    void atTheTopTheLoadRisesInsteadInTheStepsTheImplementHas() {
        // 8 kg dumbbells: 5 % a week rounded up to a real dumbbell is 10 kg in week 2, still 10 kg in week 3
        assertThat(dose(loaded, Level.ADVANCED, 1)).isEqualTo(new Dose(3, 12, null, 8.0));
        assertThat(dose(loaded, Level.ADVANCED, 2)).isEqualTo(new Dose(3, 12, null, 10.0));
        assertThat(dose(loaded, Level.ADVANCED, 3)).isEqualTo(new Dose(3, 12, null, 10.0));
        assertThat(dose(loaded, Level.ADVANCED, 4).loadKg()).isEqualTo(8.0);
        CatalogueExercise barbell = exercise("back-squat").reps(4, 6).load(60).equipment(Equipment.BARBELL).build();
        assertThat(dose(barbell, Level.ADVANCED, 2).loadKg()).isEqualTo(65.0);
        assertThat(dose(barbell, Level.ADVANCED, 3).loadKg()).isEqualTo(67.5);
    }

    @Test
    void atTheTopWithoutLoadTheLoweringSlowsFromWeekTwo() {
        Dose top = new Dose(3, 15, null, null);
        assertThat(WeeklyProgression.tempo(split, "3-0-1-0", top, top, 0, false)).isEqualTo("3-0-1-0");
        assertThat(WeeklyProgression.tempo(split, "3-0-1-0", top, top, 1, false)).isEqualTo("4-0-1-0");
        assertThat(WeeklyProgression.tempo(split, "3-0-1-0", top, top, 2, false)).isEqualTo("4-0-1-0");
        assertThat(WeeklyProgression.tempo(split, null, top, top, 2, false)).isEqualTo("3-0-1-0");
        // reps that could rise, a deload, or power work keep their tempo
        assertThat(WeeklyProgression.tempo(split, "3-0-1-0", new Dose(3, 12, null, null), new Dose(3, 14, null, null), 2, false))
                .isEqualTo("3-0-1-0");
        assertThat(WeeklyProgression.tempo(split, "3-0-1-0", top, top, 2, true)).isEqualTo("3-0-1-0");
        assertThat(WeeklyProgression.tempo(split, "2-0-X-0", top, top, 2, false)).isEqualTo("2-0-X-0");
    }

    @Test
    void holdsRiseFiveSecondsAWeekUpToTwiceTheReference() {
        CatalogueExercise plank = exercise("plank").hold(30).build();
        assertThat(dose(plank, Level.ADVANCED, 1).holdSeconds()).isEqualTo(40);
        assertThat(dose(plank, Level.ADVANCED, 3).holdSeconds()).isEqualTo(50);
        assertThat(WeeklyProgression.risen(plank, new Dose(3, null, 55, null), 2).holdSeconds()).isEqualTo(60);
    }

    @Test
    void repsNeverPassTheTop() {
        CatalogueExercise narrow = exercise("narrow").reps(5, 6).build();
        assertThat(dose(narrow, Level.BEGINNER, 3).reps()).isEqualTo(6);
    }

    @Test
    void aTrackedDoseIsTheFirstWeeksDoseOfAReplanAndRisesFromThere() {
        Dose tracked = new Dose(3, 13, null, null);
        // a replan joining in block week 2: week 2 is the tracked dose, week 3 one step above it
        assertThat(WeeklyProgression.dose(split, tracked, week(2, 0), true, week(2, 0))).isEqualTo(tracked);
        assertThat(WeeklyProgression.dose(split, tracked, week(3, 0), true, week(2, 0))).isEqualTo(new Dose(3, 14, null, null));
        // the next block starts from it again
        assertThat(WeeklyProgression.dose(split, tracked, week(1, 1), true, week(2, 0))).isEqualTo(tracked);
        // a level dose in the same replan sits where the block is: week 2 is one step above week 1
        assertThat(WeeklyProgression.dose(split, split.levelDose(Level.INTERMEDIATE), week(2, 0), false, week(2, 0)))
                .isEqualTo(new Dose(3, 13, null, null));
    }

    @Test
    void peakDropsASetTaperHalvesRecoveryIsOneLightSet() {
        assertThat(TrainingPhaseRule.peak(split.levelDose(Level.INTERMEDIATE)).sets()).isEqualTo(2);
        Dose taper = TrainingPhaseRule.taper(split.levelDose(Level.INTERMEDIATE));
        assertThat(taper.volume() / 36.0).isBetween(0.45, 0.55);
        assertThat(TrainingPhaseRule.recovery(loaded, null)).isEqualTo(new Dose(1, 8, null, null));
        assertThat(TrainingPhaseRule.recovery(loaded, new Dose(1, 10, null, null))).isEqualTo(new Dose(1, 10, null, null));
        assertThat(TrainingPhaseRule.recovery(loaded, new Dose(3, 12, null, 8.0))).isEqualTo(new Dose(1, 8, null, null));
    }
}
