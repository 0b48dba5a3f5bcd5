package dev.runstrength.catalog.domain;

import static dev.runstrength.catalog.domain.ExerciseBuilder.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FootStrikeLoadsTheLowerLegTest {

    private final FootStrikeLoadsTheLowerLeg rule = new FootStrikeLoadsTheLowerLeg();

    private static ExerciseBuilder lowerLegHigh(ExerciseBuilder builder) {
        FootStrikeLoadsTheLowerLeg.LOWER_LEG.forEach(area -> builder.load(area, LoadLevel.HIGH));
        return builder;
    }

    @Test
    void aJumpThatLoadsTheWholeChainHighPasses() {
        assertThat(rule.check(exercise("pogo").jump().build(), Map.of())).isEmpty();
    }

    @Test
    void oneAreaOfTheChainAtModerateIsTheNearMiss() {
        Exercise pogo = exercise("pogo").jump().load(PainArea.CALF, LoadLevel.MODERATE).build();
        assertThat(rule.check(pogo, Map.of()))
                .singleElement()
                .satisfies(violation -> assertThat(violation.message())
                        .isEqualTo("loads.CALF: expected HIGH for work that strikes or springs off the ground, "
                                + "received MODERATE"));
    }

    @Test
    void everyMissingAreaIsNamed() {
        Exercise hop = exercise("hop").jump().withoutLoadOn(PainArea.ANKLE).withoutLoadOn(PainArea.SHIN).build();
        assertThat(rule.check(hop, Map.of())).extracting(Violation::field)
                .containsExactly("loads.ANKLE", "loads.SHIN");
    }

    @Test
    void lowImpactFootStrikeDrillsCountByTheirSwiftnessPurpose() {
        ExerciseBuilder dribbles = exercise("dribbles").impact(Impact.LOW).purposes(Purpose.ACTIVATE, Purpose.SWIFTNESS);
        assertThat(rule.check(dribbles.build(), Map.of())).hasSize(6);
        assertThat(rule.check(lowerLegHigh(dribbles).build(), Map.of())).isEmpty();
    }

    @Test
    void explosivePushOffsCountByTheirPlyometricPattern() {
        Exercise stepUp = exercise("explosive-step-up").impact(Impact.LOW).purposes(Purpose.EXPLOSIVE).build();
        Exercise explosive = new Exercise(stepUp.id(), stepUp.name(), 1, ExerciseStatus.ACTIVE, stepUp.phases(),
                stepUp.purposes(), stepUp.bodyAreas(), stepUp.primaryMuscles(), stepUp.secondaryMuscles(),
                stepUp.minLevel(), true, stepUp.equipment(), stepUp.impact(), stepUp.prescription(),
                stepUp.contraindications(), stepUp.loads(), stepUp.progressions(), stepUp.regressions(), stepUp.cues(),
                stepUp.cautions(), stepUp.sources(), stepUp.description(), MovementPattern.PLYOMETRIC, false, 0, 2,
                false, false);
        assertThat(FootStrikeLoadsTheLowerLeg.strikesTheGround(explosive)).isTrue();
        assertThat(rule.check(explosive, Map.of())).hasSize(6);
    }

    @Test
    void groundedWorkIsNotConcerned() {
        // a kettlebell swing is explosive, but the feet never leave the floor
        Exercise swing = exercise("swing").purposes(Purpose.EXPLOSIVE, Purpose.STRENGTH).build();
        Exercise calfWalk = exercise("calf-walk").impact(Impact.LOW).purposes(Purpose.ACTIVATE).build();
        assertThat(rule.check(swing, Map.of())).isEmpty();
        assertThat(rule.check(calfWalk, Map.of())).isEmpty();
    }
}
