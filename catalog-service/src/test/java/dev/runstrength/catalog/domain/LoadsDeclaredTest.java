package dev.runstrength.catalog.domain;

import static dev.runstrength.catalog.domain.ExerciseBuilder.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadsDeclaredTest {

    private final LoadsDeclared rule = new LoadsDeclared();

    @Test
    void rejectsAnActiveExerciseThatLoadsNothing() {
        assertThat(rule.check(exercise("march").noLoads().build(), Map.of()))
                .singleElement()
                .satisfies(violation -> assertThat(violation.message())
                        .isEqualTo("loads: expected at least one pain area with LOW, MODERATE or HIGH, received {}"));
    }

    @Test
    void oneLowLoadIsEnough() {
        assertThat(rule.check(exercise("march").noLoads().load(PainArea.HIP, LoadLevel.LOW).build(), Map.of()))
                .isEmpty();
    }

    @Test
    void aRetiredExerciseFromBeforeLoadsExistedIsLeftAlone() {
        assertThat(rule.check(exercise("old").noLoads().status(ExerciseStatus.RETIRED).build(), Map.of())).isEmpty();
    }
}
