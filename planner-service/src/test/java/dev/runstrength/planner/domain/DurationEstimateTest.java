package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DurationEstimateTest {

    @Test
    void repsPerSideWithRestAndTransition() {
        // 3 x 10 reps x 3 s x 2 sides = 180, + 2 rests x 60 = 120, + 15 transition
        assertThat(DurationEstimate.seconds(3, 10, null, true, 60, 3)).isEqualTo(315);
    }

    @Test
    void holdOnOneSideSingleSetHasNoRest() {
        assertThat(DurationEstimate.seconds(1, null, 30, false, 90, 3)).isEqualTo(45);
    }

    @Test
    void aSlowerPrescribedTempoLengthensEachRep() {
        PrescribedExercise slow = new PrescribedExercise("calf", "Calf", "STRENGTH", 2, 10, null, false, null,
                "3-0-1-0", 30, List.of(), List.of(), null);
        // tempo 3+0+1+0 = 4 s beats the catalogue's 2 s: 2 x 10 x 4 + 30 + 15
        assertThat(DurationEstimate.seconds(slow, 2)).isEqualTo(125);
        assertThat(DurationEstimate.seconds(slow, 5)).isEqualTo(2 * 10 * 5 + 30 + 15);
    }

    @Test
    void tempoParsing() {
        assertThat(DurationEstimate.tempoSeconds("3-0-1-0")).isEqualTo(4);
        assertThat(DurationEstimate.tempoSeconds("2-0-X-0")).isEqualTo(3);
        assertThat(DurationEstimate.tempoSeconds("slow")).isZero();
        assertThat(DurationEstimate.tempoSeconds(null)).isZero();
    }

    @Test
    void minutesRoundUp() {
        assertThat(DurationEstimate.minutes(60)).isEqualTo(1);
        assertThat(DurationEstimate.minutes(61)).isEqualTo(2);
    }
}
