package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import static dev.runstrength.planner.domain.Exercises.exercise;
import static org.assertj.core.api.Assertions.assertThat;

/** What the pain rules read from an exercise's id and name: calf raises, lunges and split squats. */
class ExerciseNamesTest {

    @Test
    void everySeedExerciseIsReadAsItsIdAndNameSay() {
        assertThat(PlannerSeed.load().exercises()).allSatisfy(e -> {
            String text = (e.id() + " " + e.name()).toLowerCase();
            String spaced = text.replace('-', ' ');
            assertThat(e.isCalfRaise()).as(e.id())
                    .isEqualTo(spaced.contains("calf raise") || spaced.contains("heel raise"));
            assertThat(e.isLungeOrSplitSquat()).as(e.id()).isEqualTo(text.contains("lunge") || text.contains("split")
                    || (e.pattern() == Pattern.LUNGE && !e.equipment().contains(Equipment.STEP)
                    && !e.equipment().contains(Equipment.BOX)));
        });
        assertThat(PlannerSeed.load().exercises()).filteredOn(CatalogueExercise::isCalfRaise).isNotEmpty();
        assertThat(PlannerSeed.load().exercises()).filteredOn(CatalogueExercise::isLungeOrSplitSquat).isNotEmpty();
    }

    @Test
    void caseAndHyphensDoNotHideACalfRaise() {
        assertThat(exercise("bent-knee-CALF-RAISE").build().isCalfRaise()).isTrue();
        assertThat(exercise("heel-raise-hold").build().isCalfRaise()).isTrue();
        assertThat(exercise("calf-stretch").build().isCalfRaise()).isFalse();
        assertThat(exercise("raise").build().isCalfRaise()).isFalse();
    }

    @Test
    void aLungeOrSplitSquatIsKnownByItsNameOrItsPattern() {
        assertThat(exercise("Reverse-Lunge").pattern(Pattern.SQUAT).build().isLungeOrSplitSquat()).isTrue();
        assertThat(exercise("rear-foot-elevated-split-squat").pattern(Pattern.SQUAT).build().isLungeOrSplitSquat()).isTrue();
        assertThat(exercise("walking-step").pattern(Pattern.LUNGE).build().isLungeOrSplitSquat()).isTrue();
        assertThat(exercise("step-up").pattern(Pattern.LUNGE).equipment(Equipment.STEP).build().isLungeOrSplitSquat()).isFalse();
        assertThat(exercise("goblet-squat").pattern(Pattern.SQUAT).build().isLungeOrSplitSquat()).isFalse();
    }
}
