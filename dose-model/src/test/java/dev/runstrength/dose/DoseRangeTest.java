package dev.runstrength.dose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DoseRangeTest {

    @Test
    void repsRunFromTheCatalogueMinimumToItsMaximumAndStopThere() {
        assertThat(CatalogueDose.reps(12, 15).range()).isEqualTo(new DoseRange(false, 12, 13, 15, 15));
        assertThat(CatalogueDose.reps(8, 8).range()).isEqualTo(new DoseRange(false, 8, 8, 8, 8));
    }

    @Test
    void holdsMayGrowToTwiceTheReference() {
        DoseRange plank = CatalogueDose.hold(30).range();
        assertThat(plank).isEqualTo(new DoseRange(true, 20, 30, 40, 60));
        assertThat(plank.contains(60)).isTrue();
        assertThat(plank.contains(65)).isFalse();
        assertThat(plank.contains(19)).isFalse();
        assertThat(plank.clamp(5)).isEqualTo(20);
        assertThat(plank.clamp(90)).isEqualTo(60);
    }

    @Test
    void aLoneRepBoundStandsForBothEndsAndRepsWinOverAHold() {
        assertThat(new CatalogueDose(null, 12, null, null, false, null).range().bottom()).isEqualTo(12);
        assertThat(new CatalogueDose(8, 12, 30, null, false, null).countsHold()).isFalse();
        assertThatThrownBy(() -> new CatalogueDose(null, null, null, null, false, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CatalogueDose.reps(12, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundsToTheNearestFiveSecondsAndNeverBelowFive() {
        assertThat(DoseRange.roundToFive(22.4)).isEqualTo(20);
        assertThat(DoseRange.roundToFive(22.5)).isEqualTo(25);
        assertThat(DoseRange.roundToFive(1)).isEqualTo(5);
    }
}
