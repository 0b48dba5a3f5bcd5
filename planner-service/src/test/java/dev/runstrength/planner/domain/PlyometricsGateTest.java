package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.runstrength.planner.domain.Exercises.exercise;
import static org.assertj.core.api.Assertions.assertThat;

class PlyometricsGateTest {

    private static final PainPicture NONE = PainPicture.of(List.of(), List.of());

    @Test
    void openForIntermediateAndAdvancedOutsideTaper() {
        assertThat(PlyometricsGate.open(Level.INTERMEDIATE, false, NONE, TrainingPhase.BUILD)).isTrue();
        assertThat(PlyometricsGate.open(Level.ADVANCED, false, NONE, TrainingPhase.GENERAL)).isTrue();
    }

    @Test
    void closedForBeginnersAvoidJumpingLegPainTaperAndRecovery() {
        assertThat(PlyometricsGate.open(Level.BEGINNER, false, NONE, TrainingPhase.BUILD)).isFalse();
        assertThat(PlyometricsGate.open(Level.ADVANCED, true, NONE, TrainingPhase.BUILD)).isFalse();
        assertThat(PlyometricsGate.open(Level.ADVANCED, false, PainExclusionRuleTest.pain(PainArea.SHIN, 3), TrainingPhase.BUILD)).isFalse();
        assertThat(PlyometricsGate.open(Level.ADVANCED, false, NONE, TrainingPhase.TAPER)).isFalse();
        assertThat(PlyometricsGate.open(Level.ADVANCED, false, NONE, TrainingPhase.RECOVERY)).isFalse();
    }

    @Test
    void nearMissesStayOpen() {
        assertThat(PlyometricsGate.open(Level.ADVANCED, false, PainExclusionRuleTest.pain(PainArea.SHIN, 2), TrainingPhase.BUILD)).isTrue();
        assertThat(PlyometricsGate.open(Level.ADVANCED, false, PainExclusionRuleTest.pain(PainArea.LOWER_BACK, 5), TrainingPhase.PEAK)).isTrue();
    }

    @Test
    void plyometricMeansPurposeOrHighImpact() {
        assertThat(PlyometricsGate.isPlyometric(exercise("box-jump").purposes(Purpose.PLYOMETRIC).build())).isTrue();
        assertThat(PlyometricsGate.isPlyometric(exercise("rope").impact(Impact.HIGH).build())).isTrue();
        assertThat(PlyometricsGate.isPlyometric(exercise("a-skip").impact(Impact.LOW).build())).isFalse();
    }

    @Test
    void capsAndContacts() {
        assertThat(PlyometricsGate.contactCap(Level.INTERMEDIATE)).isEqualTo(60);
        assertThat(PlyometricsGate.contactCap(Level.ADVANCED)).isEqualTo(100);
        assertThat(PlyometricsGate.contacts(1, 3, 8, null, true)).isEqualTo(48);
        assertThat(PlyometricsGate.contacts(2, 2, null, 30, false)).isEqualTo(120);
    }
}
