package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.runstrength.planner.domain.Exercises.exercise;
import static org.assertj.core.api.Assertions.assertThat;

class PlyometricsGateTest {

    private static final PainPicture NONE = PainPicture.none();

    static PainPicture pain(PainArea area, int severity) {
        return PainPicture.of(List.of(new Pain(area, severity)), List.of());
    }

    @Test
    void openForIntermediateAndAdvancedOutsideTaper() {
        assertThat(PlyometricsGate.open(Level.INTERMEDIATE, false, NONE, TrainingPhase.BUILD)).isTrue();
        assertThat(PlyometricsGate.open(Level.ADVANCED, false, NONE, TrainingPhase.GENERAL)).isTrue();
    }

    @Test
    void closedForBeginnersAvoidJumpingLegPainSeverePainTaperAndRecovery() {
        assertThat(PlyometricsGate.open(Level.BEGINNER, false, NONE, TrainingPhase.BUILD)).isFalse();
        assertThat(PlyometricsGate.open(Level.ADVANCED, true, NONE, TrainingPhase.BUILD)).isFalse();
        assertThat(PlyometricsGate.open(Level.ADVANCED, false, pain(PainArea.SHIN, 3), TrainingPhase.BUILD)).isFalse();
        // back pain of 6 or more: no high-impact work at all (rule 5), so no jumps either
        assertThat(PlyometricsGate.open(Level.ADVANCED, false, pain(PainArea.LOWER_BACK, 8), TrainingPhase.BUILD)).isFalse();
        assertThat(PlyometricsGate.open(Level.ADVANCED, false, NONE, TrainingPhase.TAPER)).isFalse();
        assertThat(PlyometricsGate.open(Level.ADVANCED, false, NONE, TrainingPhase.RECOVERY)).isFalse();
    }

    @Test
    void nearMissesStayOpen() {
        assertThat(PlyometricsGate.open(Level.ADVANCED, false, pain(PainArea.SHIN, 2), TrainingPhase.BUILD)).isTrue();
        assertThat(PlyometricsGate.open(Level.ADVANCED, false, pain(PainArea.LOWER_BACK, 5), TrainingPhase.PEAK)).isTrue();
    }

    @Test
    void plyometricMeansPurposeOrHighImpact() {
        assertThat(exercise("box-jump").purposes(Purpose.PLYOMETRIC).build().isPlyometric()).isTrue();
        assertThat(exercise("rope").impact(Impact.HIGH).build().isPlyometric()).isTrue();
        assertThat(exercise("a-skip").impact(Impact.LOW).build().isPlyometric()).isFalse();
    }

    @Test
    void avoidJumpingAlsoRulesOutFootStrikeDrillsAndExplosivePushOffs() {
        CatalogueExercise skip = exercise("a-skip").phases(BlockPhase.PREPARE).purposes(Purpose.ACTIVATE, Purpose.SWIFTNESS)
                .impact(Impact.LOW).build();
        CatalogueExercise push = exercise("explosive-step-up").purposes(Purpose.EXPLOSIVE, Purpose.STRENGTH)
                .pattern(Pattern.PLYOMETRIC).build();
        CatalogueExercise swing = exercise("kettlebell-swing").purposes(Purpose.EXPLOSIVE).pattern(Pattern.HINGE).build();
        assertThat(skip.isFootStrike()).isTrue();
        assertThat(push.isExplosivePushOff()).isTrue();
        assertThat(swing.isExplosivePushOff()).as("a swing keeps the feet planted").isFalse();
    }

    @Test
    void aFirstBlockOfJumpsStartsAtHalfTheCapAndBuilds() {
        assertThat(PlyometricsGate.weekCap(Level.ADVANCED, true, 1, false)).isEqualTo(50);
        assertThat(PlyometricsGate.weekCap(Level.ADVANCED, true, 2, false)).isEqualTo(65);
        assertThat(PlyometricsGate.weekCap(Level.ADVANCED, true, 3, false)).isEqualTo(80);
        assertThat(PlyometricsGate.weekCap(Level.ADVANCED, true, 5, false)).isEqualTo(100);
        assertThat(PlyometricsGate.weekCap(Level.ADVANCED, false, 1, false)).isEqualTo(100);
        assertThat(PlyometricsGate.weekCap(Level.INTERMEDIATE, false, 4, true)).isEqualTo(30);
    }

    @Test
    void capsAndContacts() {
        assertThat(PlyometricsGate.contactCap(Level.INTERMEDIATE)).isEqualTo(60);
        assertThat(PlyometricsGate.contactCap(Level.ADVANCED)).isEqualTo(100);
        assertThat(PlyometricsGate.contacts(1, 3, 8, null, true)).isEqualTo(48);
        assertThat(PlyometricsGate.contacts(2, 2, null, 30, false)).isEqualTo(120);
    }
}
