package dev.runstrength.catalog.domain;

import static dev.runstrength.catalog.domain.ExerciseBuilder.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ContraindicationsAreLoadedTest {

    private final ContraindicationsAreLoaded rule = new ContraindicationsAreLoaded();

    @Test
    void aContraindicatedAreaTheExerciseDoesNotLoadIsRejected() {
        Exercise nordic = exercise("nordic").contraindications(PainArea.HAMSTRING).build();
        assertThat(rule.check(nordic, Map.of()))
                .singleElement()
                .satisfies(violation -> assertThat(violation.message())
                        .isEqualTo("loads.HAMSTRING: expected HIGH because HAMSTRING is a contraindication, received null"));
    }

    @Test
    void aContraindicatedAreaLoadedModerateIsTheNearMiss() {
        Exercise hinge = exercise("hinge").contraindications(PainArea.LOWER_BACK)
                .load(PainArea.LOWER_BACK, LoadLevel.MODERATE).build();
        assertThat(rule.check(hinge, Map.of())).extracting(Violation::field).containsExactly("loads.LOWER_BACK");
    }

    @Test
    void everyContraindicationLoadedHighPassesAndLoadsNeedNoContraindication() {
        Exercise hinge = exercise("hinge").contraindications(PainArea.LOWER_BACK, PainArea.HAMSTRING)
                .load(PainArea.LOWER_BACK, LoadLevel.HIGH).load(PainArea.HAMSTRING, LoadLevel.HIGH).build();
        assertThat(rule.check(hinge, Map.of())).isEmpty();
        assertThat(rule.check(exercise("squat").load(PainArea.KNEE, LoadLevel.HIGH).build(), Map.of())).isEmpty();
    }
}
