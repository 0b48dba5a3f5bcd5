package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.runstrength.planner.domain.Exercises.exercise;
import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN rule 5 (v1.1), band by band, with the near misses. */
class PainRuleTest {

    static PainPicture pain(PainArea area, int severity) {
        return PainPicture.of(List.of(new Pain(area, severity)), List.of());
    }

    private final CatalogueExercise hipModerate = exercise("lunge-like").loads(PainArea.HIP, LoadLevel.MODERATE).build();
    private final CatalogueExercise hipHigh = exercise("loaded-hip").loads(PainArea.HIP, LoadLevel.HIGH).build();
    private final CatalogueExercise hipLow = exercise("knee-drive").loads(PainArea.HIP, LoadLevel.LOW).build();

    @Test
    void bandsFollowTheSilbernagelModel() {
        assertThat(PainBand.of(0)).isEqualTo(PainBand.NONE);
        assertThat(PainBand.of(2)).isEqualTo(PainBand.MILD);
        assertThat(PainBand.of(3)).isEqualTo(PainBand.CAUTION);
        assertThat(PainBand.of(5)).isEqualTo(PainBand.CAUTION);
        assertThat(PainBand.of(6)).isEqualTo(PainBand.SEVERE);
    }

    @Test
    void threeToFiveKeepsOutHighLoadsAndCautionsModerateOnes() {
        assertThat(PainRule.allows(hipHigh, pain(PainArea.HIP, 3))).isFalse();
        assertThat(PainRule.allows(hipHigh, pain(PainArea.HIP, 2))).as("near miss").isTrue();
        assertThat(PainRule.allows(hipModerate, pain(PainArea.HIP, 5))).isTrue();
        assertThat(PainRule.cautions(hipModerate, pain(PainArea.HIP, 4)))
                .containsExactly("Your hip pain (4/10): " + PainRule.MONITORING + ".");
        assertThat(PainRule.cautions(hipLow, pain(PainArea.HIP, 4))).isEmpty();
    }

    @Test
    void sixOrMoreKeepsOutAnythingAboveLowAndAllHighImpactBackAndHipIncluded() {
        assertThat(PainRule.allows(hipModerate, pain(PainArea.HIP, 6))).isFalse();
        assertThat(PainRule.allows(hipLow, pain(PainArea.HIP, 6))).isTrue();
        assertThat(PainRule.cautions(hipLow, pain(PainArea.HIP, 6))).hasSize(1);
        CatalogueExercise hops = exercise("hops").impact(Impact.HIGH).loads(PainArea.CALF, LoadLevel.HIGH).build();
        assertThat(PainRule.allows(hops, pain(PainArea.LOWER_BACK, 8))).as("no high impact at all").isFalse();
        assertThat(PainRule.allows(hops, pain(PainArea.LOWER_BACK, 5))).isTrue();
    }

    /** A coach's reading of the severe-pain plans: gentle work has no landing drills and no hard rungs. */
    @Test
    void sixOrMoreAnywhereKeepsOutLandingDrillsAndTheHardRungsBeyondABeginnersWithTheirEasierRungsKept() {
        Catalogue seed = PlannerSeed.load();
        PainPicture back = pain(PainArea.LOWER_BACK, 8);
        PainPicture hip = pain(PainArea.HIP, 6);
        for (String drill : List.of("a-skip", "b-skip", "ankle-dribbles")) {
            CatalogueExercise e = seed.find(drill).orElseThrow();
            assertThat(PainRule.allows(e, back)).as(drill + " with back pain 8/10").isFalse();
            assertThat(PainRule.allows(e, pain(PainArea.LOWER_BACK, 5))).as(drill + ", near miss: 5/10").isTrue();
        }
        assertThat(PainRule.allows(seed.find("nordic-hamstring-curl").orElseThrow(), hip)).isFalse();
        assertThat(PainRule.allows(seed.find("nordic-hamstring-curl").orElseThrow(), pain(PainArea.HIP, 5)))
                .as("near miss: 5/10").isTrue();
        assertThat(PainRule.allows(seed.find("bulgarian-split-squat").orElseThrow(), back)).isFalse();
        assertThat(PainRule.allows(seed.find("assisted-nordic-hamstring-curl").orElseThrow(), hip))
                .as("the easier rung, a beginner's").isTrue();
        assertThat(PainRule.allows(seed.find("split-squat").orElseThrow(), back)).as("a beginner's rung").isTrue();
        assertThat(PainRule.allows(exercise("hard-but-light").level(Level.ADVANCED).loads(PainArea.HIP, LoadLevel.MODERATE)
                .build(), back)).as("beyond a beginner's but loading nothing heavily").isTrue();
    }

    @Test
    void contraindicationsStayHardExclusions() {
        CatalogueExercise nordic = exercise("nordic").contraindications(PainArea.HAMSTRING).build();
        assertThat(PainRule.allows(nordic, pain(PainArea.HAMSTRING, 3))).isFalse();
        assertThat(PainRule.allows(nordic, pain(PainArea.HAMSTRING, 2))).isTrue();
    }

    @Test
    void aHurtingKneeGetsNoLungesSplitSquatsDeepBendsOrKneeling() {
        PainPicture knee = pain(PainArea.KNEE, 3);
        assertThat(PainRule.allows(exercise("reverse-lunge").pattern(Pattern.LUNGE).build(), knee)).isFalse();
        assertThat(PainRule.allows(exercise("split-squat").pattern(Pattern.LUNGE).build(), knee)).isFalse();
        assertThat(PainRule.allows(exercise("pistol").deepKnee().build(), knee)).isFalse();
        assertThat(PainRule.allows(exercise("knee-plank").pattern(Pattern.CORE).kneeling().build(), knee)).isFalse();
        CatalogueExercise wallSit = exercise("wall-sit").pattern(Pattern.SQUAT).groups(MuscleGroup.QUADS)
                .loads(PainArea.KNEE, LoadLevel.MODERATE).build();
        CatalogueExercise lowStep = exercise("low-step-up").pattern(Pattern.LUNGE).equipment(Equipment.STEP)
                .groups(MuscleGroup.QUADS, MuscleGroup.GLUTES).loads(PainArea.KNEE, LoadLevel.LOW).build();
        assertThat(PainRule.allows(wallSit, knee)).isTrue();
        assertThat(PainRule.allows(lowStep, knee)).as("a step is not a lunge").isTrue();
        assertThat(PainRule.preference(wallSit, Slot.Role.GROUP, MuscleGroup.QUADS, knee)).isPositive();
        assertThat(PainRule.preference(exercise("sldl").pattern(Pattern.HINGE).build(), Slot.Role.COMPOUND, null, knee))
                .as("hip-dominant work leads").isPositive();
        assertThat(PainRule.allows(exercise("reverse-lunge").pattern(Pattern.LUNGE).build(), pain(PainArea.KNEE, 2))).isTrue();
    }

    @Test
    void footChainPainRulesOutFootStrikesAndSlowsCalfRaisesToToeLevel() {
        CatalogueExercise skip = exercise("a-skip").purposes(Purpose.ACTIVATE, Purpose.SWIFTNESS).impact(Impact.LOW).build();
        CatalogueExercise push = exercise("explosive-step-up").purposes(Purpose.EXPLOSIVE).pattern(Pattern.PLYOMETRIC).build();
        CatalogueExercise raise = exercise("single-leg-calf-raise").pattern(Pattern.CALF_FOOT).tempo("2-0-1-0")
                .loads(PainArea.CALF, LoadLevel.MODERATE).build();
        for (PainArea area : List.of(PainArea.HEEL, PainArea.ACHILLES, PainArea.FOOT, PainArea.ANKLE, PainArea.SHIN, PainArea.CALF)) {
            assertThat(PainRule.allows(skip, pain(area, 3))).as(area.name()).isFalse();
            assertThat(PainRule.allows(push, pain(area, 3))).as(area.name()).isFalse();
            assertThat(PainRule.allows(skip, pain(area, 2))).as(area + " near miss").isTrue();
        }
        assertThat(PainRule.tempo(raise, pain(PainArea.SHIN, 3))).isEqualTo(PainRule.SLOW_LOWERING_TEMPO);
        assertThat(PainRule.cautions(raise, pain(PainArea.SHIN, 3))).containsExactly(PainRule.TOE_LEVEL_CAUTION);
        assertThat(PainRule.tempo(raise, pain(PainArea.SHIN, 2))).isEqualTo("2-0-1-0");
    }

    @Test
    void theToeLevelCautionComesOnceWhenTheCatalogueAlreadySaysIt() {
        CatalogueExercise raise = exercise("double-leg-calf-raise").pattern(Pattern.CALF_FOOT)
                .cautions("Heel or Achilles trouble: stop the heel level with the toes, never let it sink below.").build();
        assertThat(PainRule.cautions(raise, pain(PainArea.HEEL, 4))).hasSize(1)
                .allMatch(c -> c.contains("level with the toes"));
        assertThat(PainRule.cautions(raise, pain(PainArea.ANKLE, 4))).as("the catalogue's speaks of heels only")
                .containsExactly(PainRule.TOE_LEVEL_CAUTION);
        assertThat(PainRule.cautions(raise, PainPicture.none())).as("no pain, no heel caution").isEmpty();
    }

    @Test
    void onlyCataloguesCautionsThatConcernThisRunnerAreShown() {
        CatalogueExercise stepDown = exercise("step-down").cautions("With knee pain, use a lower step.", "Keep the hips level.").build();
        assertThat(PainRule.cautions(stepDown, PainPicture.none())).containsExactly("Keep the hips level.");
        assertThat(PainRule.cautions(stepDown, pain(PainArea.KNEE, 1)))
                .containsExactly("With knee pain, use a lower step.", "Keep the hips level.");
        CatalogueExercise thrust = exercise("hip-thrust").cautions("Pad the bar well; pain at the hip bones calls for more padding.").build();
        assertThat(PainRule.cautions(thrust, PainPicture.none())).as("about the bar, for everyone").hasSize(1);
    }

    @Test
    void aLowerBackRulesOutLoadedHinges() {
        CatalogueExercise rdl = exercise("romanian-deadlift").pattern(Pattern.HINGE).load(30).equipment(Equipment.BARBELL).build();
        CatalogueExercise sldl = exercise("single-leg-deadlift").pattern(Pattern.HINGE).build();
        assertThat(PainRule.allows(rdl, pain(PainArea.LOWER_BACK, 3))).isFalse();
        assertThat(PainRule.allows(sldl, pain(PainArea.LOWER_BACK, 3))).isTrue();
        assertThat(PainRule.allows(rdl, pain(PainArea.LOWER_BACK, 2))).isTrue();
    }

    @Test
    void theNearestAllowedRegressionTakesAKeptExercisesPlace() {
        CatalogueExercise weighted = exercise("weighted-calf").regressions("single-calf").build();
        CatalogueExercise single = exercise("single-calf").regressions("double-calf").build();
        CatalogueExercise doubleCalf = exercise("double-calf").build();
        Catalogue catalogue = Catalogue.of(List.of(weighted, single, doubleCalf));
        assertThat(PainRule.regressionIn(weighted, List.of(doubleCalf), catalogue)).isEqualTo(doubleCalf);
        assertThat(PainRule.regressionIn(weighted, List.of(single, doubleCalf), catalogue)).isEqualTo(single);
        assertThat(PainRule.regressionIn(weighted, List.of(), catalogue)).isNull();
    }
}
