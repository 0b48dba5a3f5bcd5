package dev.runstrength.catalog.domain;

import static dev.runstrength.catalog.domain.ExerciseBuilder.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KneelingLoadsKneeTest {

    private final KneelingLoadsKnee rule = new KneelingLoadsKnee();

    @Test
    void aKneelingExerciseThatDoesNotLoadTheKneeIsRejected() {
        assertThat(rule.check(exercise("hip-flexor-stretch").kneeling(true).build(), Map.of()))
                .singleElement()
                .satisfies(violation -> assertThat(violation.message())
                        .isEqualTo("loads.KNEE: expected HIGH because kneeling is true, received null"));
    }

    @Test
    void kneelingAtModerateIsTheNearMiss() {
        Exercise kneePlank = exercise("knee-plank").kneeling(true).load(PainArea.KNEE, LoadLevel.MODERATE).build();
        assertThat(rule.check(kneePlank, Map.of())).extracting(Violation::field).containsExactly("loads.KNEE");
    }

    @Test
    void kneelingWithKneeHighPassesAndStandingWorkMayLoadTheKneeLess() {
        assertThat(rule.check(exercise("nordic").kneeling(true).load(PainArea.KNEE, LoadLevel.HIGH).build(), Map.of()))
                .isEmpty();
        assertThat(rule.check(exercise("wall-sit").load(PainArea.KNEE, LoadLevel.MODERATE).build(), Map.of()))
                .isEmpty();
        assertThat(rule.check(exercise("bridge").build(), Map.of())).isEmpty();
    }
}
