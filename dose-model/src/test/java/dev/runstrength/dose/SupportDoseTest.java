package dev.runstrength.dose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SupportDoseTest {

    @Test
    void repsRunFromAShortRoundToTheTopOfTheRange() {
        CatalogueDose ankleRocker = CatalogueDose.reps(10, 12);
        assertThat(SupportDose.shortest(ankleRocker)).isEqualTo(5);
        assertThat(SupportDose.normal(ankleRocker)).isEqualTo(10);
        assertThat(SupportDose.longest(ankleRocker)).isEqualTo(12);
        assertThat(SupportDose.fillStep(ankleRocker)).isEqualTo(2);
        assertThat(SupportDose.shortest(CatalogueDose.reps(6, 10))).isEqualTo(4);
        assertThat(SupportDose.shortest(CatalogueDose.reps(3, 5))).isEqualTo(3);
    }

    @Test
    void holdsRunFromHalfToTwiceTheReference() {
        CatalogueDose stretch = CatalogueDose.hold(30);
        assertThat(SupportDose.shortest(stretch)).isEqualTo(15);
        assertThat(SupportDose.longest(stretch)).isEqualTo(60);
        assertThat(SupportDose.fillStep(stretch)).isEqualTo(10);
        assertThat(SupportDose.shortest(CatalogueDose.hold(120))).isEqualTo(60);
        assertThat(SupportDose.shortestDose(stretch)).isEqualTo(Dose.ofHold(1, 15));
        assertThat(SupportDose.longestDose(stretch)).isEqualTo(Dose.ofHold(4, 60));
    }

    @Test
    void supportWorkNeverGainsASetButMayHaveUpToFourRounds() {
        assertThat(SetCap.of(Level.BEGINNER, BlockPhase.PREPARE)).isEqualTo(4);
        assertThat(SetCap.of(Level.BEGINNER, BlockPhase.STRENGTHEN)).isEqualTo(2);
        assertThat(SetCap.of(Level.INTERMEDIATE, BlockPhase.STRENGTHEN)).isEqualTo(3);
        assertThat(SetCap.of(Level.ADVANCED, BlockPhase.STRENGTHEN)).isEqualTo(3);
        assertThat(SetCap.allowsOneMore(Level.ADVANCED, BlockPhase.RECOVER, 1)).isFalse();
        assertThat(SetCap.allowsOneMore(Level.ADVANCED, BlockPhase.STRENGTHEN, 2)).isTrue();
    }
}
