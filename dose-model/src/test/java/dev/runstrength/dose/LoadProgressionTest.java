package dev.runstrength.dose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoadProgressionTest {

    @Test
    void upIsAboutFivePercentButAtLeastTheImplementsStep() {
        assertThat(LoadProgression.up(Implement.DUMBBELLS, 8.0)).isEqualTo(10.0);
        assertThat(LoadProgression.up(Implement.DUMBBELLS, 40.0)).isEqualTo(42.0);
        assertThat(LoadProgression.up(Implement.DUMBBELLS, 41.0)).isEqualTo(44.0);
        assertThat(LoadProgression.up(Implement.KETTLEBELL, 16.0)).isEqualTo(20.0);
        assertThat(LoadProgression.up(Implement.BARBELL, 20.0)).isEqualTo(22.5);
        assertThat(LoadProgression.up(Implement.BARBELL, 60.0)).isEqualTo(65.0);
        assertThat(LoadProgression.up(Implement.BARBELL, 100.0)).isEqualTo(105.0);
        assertThat(LoadProgression.up(Implement.ANY, 10.0)).isEqualTo(11.0);
        assertThat(LoadProgression.up(Implement.ANY, 33.0)).isEqualTo(35.0);
    }

    @Test
    void fromNoLoadTheLightestTheImplementOffers() {
        assertThat(LoadProgression.up(Implement.DUMBBELLS, null)).isEqualTo(2.0);
        assertThat(LoadProgression.up(Implement.KETTLEBELL, 0.0)).isEqualTo(4.0);
        assertThat(LoadProgression.up(Implement.BARBELL, null)).isEqualTo(20.0);
        assertThat(LoadProgression.up(Implement.ANY, null)).isEqualTo(2.0);
    }

    @Test
    void downIsTheMirrorAndTheLightestLoadComesOff() {
        assertThat(LoadProgression.down(Implement.DUMBBELLS, 10.0)).isEqualTo(8.0);
        assertThat(LoadProgression.down(Implement.DUMBBELLS, 40.0)).isEqualTo(38.0);
        assertThat(LoadProgression.down(Implement.DUMBBELLS, 11.0)).isEqualTo(8.0);
        assertThat(LoadProgression.down(Implement.DUMBBELLS, 2.0)).isNull();
        assertThat(LoadProgression.down(Implement.KETTLEBELL, 8.0)).isEqualTo(4.0);
        assertThat(LoadProgression.down(Implement.KETTLEBELL, 4.0)).isNull();
        assertThat(LoadProgression.down(Implement.BARBELL, 105.0)).isEqualTo(100.0);
        assertThat(LoadProgression.down(Implement.BARBELL, 20.0)).isNull();
        assertThat(LoadProgression.down(Implement.ANY, 11.0)).isEqualTo(10.0);
        assertThat(LoadProgression.down(Implement.ANY, null)).isNull();
    }

    @Test
    void oneStepDownUndoesOneStepUpOnEveryLoadAnImplementOffers() {
        for (Implement implement : Implement.values()) {
            for (double kg = implement.lightestKg(); kg <= 200; kg += implement.stepKg()) {
                double up = LoadProgression.up(implement, kg);
                assertThat(implement.offers(up)).as(implement + " " + kg).isTrue();
                assertThat(up - kg).as(implement + " " + kg).isGreaterThanOrEqualTo(implement.stepKg());
                assertThat(LoadProgression.down(implement, up)).as(implement + " " + kg).isEqualTo(kg);
            }
        }
    }

    @Test
    void aDeloadTakesTenPercentOffRoundedDownToARealLoad() {
        assertThat(LoadProgression.deload(Implement.DUMBBELLS, 20.0)).isEqualTo(18.0);
        assertThat(LoadProgression.deload(Implement.DUMBBELLS, 8.0)).isEqualTo(6.0);
        assertThat(LoadProgression.deload(Implement.DUMBBELLS, 2.0)).isNull();
        assertThat(LoadProgression.deload(Implement.KETTLEBELL, 16.0)).isEqualTo(12.0);
        assertThat(LoadProgression.deload(Implement.BARBELL, 100.0)).isEqualTo(90.0);
        assertThat(LoadProgression.deload(Implement.BARBELL, 20.0)).isNull();
        assertThat(LoadProgression.deload(Implement.ANY, 11.0)).isEqualTo(9.0);
        assertThat(LoadProgression.deload(Implement.ANY, null)).isNull();
    }

    @Test
    void thePlannersWeeklyRiseIsFivePercentAWeekRoundedUpToARealLoad() {
        assertThat(LoadProgression.weekly(Implement.DUMBBELLS, 8.0, 0)).isEqualTo(8.0);
        assertThat(LoadProgression.weekly(Implement.DUMBBELLS, 8.0, 1)).isEqualTo(10.0);
        assertThat(LoadProgression.weekly(Implement.DUMBBELLS, 8.0, 2)).isEqualTo(10.0);
        assertThat(LoadProgression.weekly(Implement.DUMBBELLS, 40.0, 1)).isEqualTo(42.0);
        assertThat(LoadProgression.weekly(Implement.DUMBBELLS, 40.0, 2)).isEqualTo(44.0);
        assertThat(LoadProgression.weekly(Implement.BARBELL, 60.0, 1)).isEqualTo(65.0);
        assertThat(LoadProgression.weekly(Implement.BARBELL, 60.0, 2)).isEqualTo(67.5);
    }
}
