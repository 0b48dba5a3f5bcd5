package dev.runstrength.catalog.domain;

import static dev.runstrength.catalog.domain.ExerciseBuilder.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeepKneeFlexionGuardsKneeTest {

    private final DeepKneeFlexionGuardsKnee rule = new DeepKneeFlexionGuardsKnee();

    @Test
    void rejectsDeepKneeFlexionWithoutAKneeContraindication() {
        assertThat(rule.check(exercise("goblet").deepKneeFlexion(true).contraindications(PainArea.HIP).build(), Map.of()))
                .singleElement()
                .satisfies(violation -> assertThat(violation.message())
                        .isEqualTo("contraindications: expected KNEE because deepKneeFlexion is true, received [HIP]"));
    }

    @Test
    void acceptsDeepKneeFlexionContraindicatedForKneeAndShallowWorkWithout() {
        assertThat(rule.check(exercise("goblet").deepKneeFlexion(true).contraindications(PainArea.KNEE).build(), Map.of()))
                .isEmpty();
        assertThat(rule.check(exercise("bridge").build(), Map.of())).isEmpty();
    }
}
