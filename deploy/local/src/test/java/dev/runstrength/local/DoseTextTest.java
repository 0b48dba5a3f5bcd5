package dev.runstrength.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.events.Prescription;
import org.junit.jupiter.api.Test;

class DoseTextTest {

    @Test
    void writesRepsHoldsAndLoadShort() {
        assertThat(DoseText.of(new Prescription("squat", 2, 8, null, null))).isEqualTo("2x8");
        assertThat(DoseText.of(new Prescription("plank", 3, null, 30, null))).isEqualTo("3x30s");
        assertThat(DoseText.of(new Prescription("goblet-squat", 3, 6, null, 12.5))).isEqualTo("3x6 @ 12.5 kg");
    }

    @Test
    void aZeroLoadIsBodyWeight() {
        assertThat(DoseText.of(2, 10, null, 0.0)).isEqualTo("2x10");
    }

    @Test
    void aPrescribedExerciseReadsLikeItsPrescription() {
        assertThat(DoseText.of(PlanFixtures.hold("knee-plank", 2, 15))).isEqualTo("2x15s");
    }
}
