package dev.runstrength.dose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeavyLiftDoseTest {

    @Test
    void theNumbersOfDomainRuleFour() {
        assertThat(HeavyLiftDose.forLevel(Level.ADVANCED)).contains(new HeavyLiftDose(3, 4, 4, 6, 7.0, 8.0));
        assertThat(HeavyLiftDose.forLevel(Level.INTERMEDIATE)).contains(new HeavyLiftDose(3, 3, 6, 8, 7.0, 7.0));
        assertThat(HeavyLiftDose.forLevel(Level.BEGINNER)).isEmpty();
    }

    @Test
    void containsOnlyDosesInsideItsSetsAndReps() {
        HeavyLiftDose advanced = HeavyLiftDose.ADVANCED;
        assertThat(advanced.contains(Dose.ofReps(4, 4))).isTrue();
        assertThat(advanced.contains(Dose.ofReps(3, 6))).isTrue();
        assertThat(advanced.contains(Dose.ofReps(3, 7))).isFalse();
        assertThat(advanced.contains(Dose.ofReps(5, 5))).isFalse();
        assertThat(advanced.contains(Dose.ofReps(2, 5))).isFalse();
        assertThat(advanced.contains(Dose.ofHold(3, 5))).isFalse();
        HeavyLiftDose intermediate = HeavyLiftDose.INTERMEDIATE;
        assertThat(intermediate.contains(Dose.ofReps(3, 6))).isTrue();
        assertThat(intermediate.contains(Dose.ofReps(3, 5))).isFalse();
        assertThat(intermediate.contains(Dose.ofReps(4, 6))).isFalse();
        assertThat(intermediate.start()).isEqualTo(Dose.ofReps(3, 8));
        assertThat(advanced.start()).isEqualTo(Dose.ofReps(3, 6));
    }

    @Test
    void theModelsMostSetsAreTheAdvancedLiftsTopAndNoLess() {
        assertThat(SetCap.MOST_SETS).isEqualTo(4).isGreaterThanOrEqualTo(HeavyLiftDose.ADVANCED.setsMax());
        assertThatThrownBy(() -> new HeavyLiftDose(3, 2, 4, 6, 7, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HeavyLiftDose(3, 4, 4, 6, 8, 7)).isInstanceOf(IllegalArgumentException.class);
    }
}
