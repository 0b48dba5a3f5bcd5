package dev.runstrength.dose;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImplementTest {

    @Test
    void theBarbellCarriesTheLoadBeforeAKettlebellBeforeDumbbells() {
        assertThat(Implement.carrying(List.of("BENCH", "DUMBBELLS"))).isEqualTo(Implement.DUMBBELLS);
        assertThat(Implement.carrying(List.of("DUMBBELLS", "KETTLEBELL"))).isEqualTo(Implement.KETTLEBELL);
        assertThat(Implement.carrying(List.of("KETTLEBELL", "BARBELL"))).isEqualTo(Implement.BARBELL);
        assertThat(Implement.carrying(List.of("BOX"))).isEqualTo(Implement.ANY);
        assertThat(Implement.carrying(null)).isEqualTo(Implement.ANY);
    }

    @Test
    void stepsAreThoseOfRealEquipment() {
        assertThat(Implement.DUMBBELLS.stepKg()).isEqualTo(2.0);
        assertThat(Implement.KETTLEBELL.stepKg()).isEqualTo(4.0);
        assertThat(Implement.BARBELL.stepKg()).isEqualTo(2.5);
        assertThat(Implement.BARBELL.lightestKg()).isEqualTo(20.0);
        assertThat(Implement.ANY.stepKg()).isEqualTo(1.0);
    }

    @Test
    void offersOnlyMultiplesOfItsStepFromItsLightestLoad() {
        assertThat(Implement.DUMBBELLS.offers(8.0)).isTrue();
        assertThat(Implement.DUMBBELLS.offers(9.0)).isFalse();
        assertThat(Implement.DUMBBELLS.offers(8.5)).isFalse();
        assertThat(Implement.DUMBBELLS.offers(0.0)).isFalse();
        assertThat(Implement.KETTLEBELL.offers(12.0)).isTrue();
        assertThat(Implement.KETTLEBELL.offers(10.0)).isFalse();
        assertThat(Implement.BARBELL.offers(22.5)).isTrue();
        assertThat(Implement.BARBELL.offers(21.0)).isFalse();
        assertThat(Implement.BARBELL.offers(17.5)).isFalse();
        assertThat(Implement.ANY.offers(3.0)).isTrue();
        assertThat(Implement.ANY.offers(1.0)).isFalse();
        assertThat(Implement.DUMBBELLS.offers(0.1 + 0.2 + 7.7)).isTrue();
    }

    @Test
    void roundsToTheNearestLoadItOffersInEitherDirection() {
        assertThat(Implement.DUMBBELLS.atLeast(8.4)).isEqualTo(10.0);
        assertThat(Implement.DUMBBELLS.atLeast(8.0)).isEqualTo(8.0);
        assertThat(Implement.DUMBBELLS.atLeast(0.5)).isEqualTo(2.0);
        assertThat(Implement.DUMBBELLS.atMost(9.9)).isEqualTo(8.0);
        assertThat(Implement.DUMBBELLS.atMost(1.9)).isNull();
        assertThat(Implement.BARBELL.atMost(19.9)).isNull();
        assertThat(Implement.BARBELL.atLeast(61.0)).isEqualTo(62.5);
        assertThat(Implement.KETTLEBELL.atMost(15.9)).isEqualTo(12.0);
    }
}
