package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.runstrength.planner.domain.Exercises.exercise;
import static org.assertj.core.api.Assertions.assertThat;

class PainExclusionRuleTest {

    static PainPicture pain(PainArea area, int severity) {
        return PainPicture.of(List.of(new Pain(area, severity)), List.of());
    }

    private final CatalogExercise singleCalf = exercise("single-leg-calf-raise").pattern(Pattern.CALF_FOOT)
            .groups(MuscleGroup.CALVES).contraindications(PainArea.ACHILLES).regressions("weighted-wall-calf", "double-leg-calf-raise").build();
    private final CatalogExercise weightedWall = exercise("weighted-wall-calf").pattern(Pattern.CALF_FOOT)
            .groups(MuscleGroup.CALVES).contraindications(PainArea.ACHILLES).build();
    private final CatalogExercise doubleCalf = exercise("double-leg-calf-raise").pattern(Pattern.CALF_FOOT)
            .groups(MuscleGroup.CALVES).build();

    @Test
    void contraindicatedFromThreeNotBelow() {
        assertThat(PainExclusionRule.allows(singleCalf, pain(PainArea.ACHILLES, 3))).isFalse();
        assertThat(PainExclusionRule.allows(singleCalf, pain(PainArea.ACHILLES, 2))).isTrue();
        assertThat(PainExclusionRule.allows(singleCalf, pain(PainArea.KNEE, 9))).isTrue();
    }

    @Test
    void nearestAllowedRegressionTakesThePlace() {
        Catalogue catalogue = Catalogue.of(List.of(singleCalf, weightedWall, doubleCalf));
        PainPicture achilles = pain(PainArea.ACHILLES, 4);
        assertThat(PainExclusionRule.substitute(singleCalf, catalogue, e -> PainExclusionRule.allows(e, achilles), achilles))
                .map(CatalogExercise::id).contains("double-leg-calf-raise");
    }

    @Test
    void withoutRegressionSamePurposeAndPatternSubstitutes() {
        CatalogExercise squat = exercise("goblet-squat").pattern(Pattern.SQUAT).deepKnee().build();
        CatalogExercise bridge = exercise("glute-bridge").pattern(Pattern.HIP).build();
        CatalogExercise plank = exercise("plank").pattern(Pattern.CORE).purposes(Purpose.STRENGTH_ENDURANCE).build();
        Catalogue catalogue = Catalogue.of(List.of(squat, bridge, plank));
        PainPicture knee = pain(PainArea.KNEE, 5);
        assertThat(PainExclusionRule.substitute(squat, catalogue, e -> PainExclusionRule.allows(e, knee), knee))
                .map(CatalogExercise::id).contains("glute-bridge");
    }

    @Test
    void kneePainRulesOutDeepKneeFlexionAndJumpsFromThree() {
        CatalogExercise deep = exercise("pistol").deepKnee().build();
        CatalogExercise hop = exercise("pogo").footContacts(1).impact(Impact.HIGH).purposes(Purpose.PLYOMETRIC).build();
        assertThat(PainExclusionRule.allows(deep, pain(PainArea.KNEE, 3))).isFalse();
        assertThat(PainExclusionRule.allows(hop, pain(PainArea.KNEE, 3))).isFalse();
        assertThat(PainExclusionRule.allows(deep, pain(PainArea.KNEE, 2))).isTrue();
    }

    @Test
    void severeLegPainRulesOutHighImpactFromSix() {
        CatalogExercise rope = exercise("rope").impact(Impact.HIGH).build();
        assertThat(PainExclusionRule.allows(rope, pain(PainArea.HIP, 6))).isFalse();
        assertThat(PainExclusionRule.allows(rope, pain(PainArea.HIP, 5))).isTrue();
        assertThat(PainExclusionRule.allows(rope, pain(PainArea.LOWER_BACK, 9))).isTrue();
    }

    @Test
    void heelPainGivesCalfRaisesTheCautionAndSlowLowering() {
        PlanningContext heel = new PlanningContext(Runners.heelPain(), pain(PainArea.HEEL, 1), Catalogue.of(List.of(doubleCalf)));
        assertThat(heel.cautions(doubleCalf)).contains(PainExclusionRule.HEEL_CAUTION);
        assertThat(heel.tempo(doubleCalf)).isEqualTo(PainExclusionRule.SLOW_LOWERING_TEMPO);
        PlanningContext none = new PlanningContext(Runners.beginner(), pain(PainArea.HEEL, 0), Catalogue.of(List.of(doubleCalf)));
        assertThat(none.cautions(doubleCalf)).doesNotContain(PainExclusionRule.HEEL_CAUTION);
        assertThat(PainExclusionRule.isCalfRaise(exercise("glute-bridge").build())).isFalse();
    }
}
