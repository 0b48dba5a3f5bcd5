package dev.runstrength.tracking.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoadTest {

    @Test
    void upIsFivePercentButAtLeastOneKgRoundedUpToHalfAKg() {
        assertThat(Load.up(null)).isEqualTo(2.0);
        assertThat(Load.up(0.0)).isEqualTo(2.0);
        assertThat(Load.up(2.0)).isEqualTo(3.0);
        assertThat(Load.up(10.0)).isEqualTo(11.0);
        assertThat(Load.up(20.0)).isEqualTo(21.0);
        assertThat(Load.up(33.0)).isEqualTo(35.0);
        assertThat(Load.up(40.0)).isEqualTo(42.0);
        assertThat(Load.up(10.2)).isEqualTo(11.5);
    }

    @Test
    void downMirrorsUpAndTheEntryLoadComesOff() {
        assertThat(Load.down(40.0)).isEqualTo(38.0);
        assertThat(Load.down(11.0)).isEqualTo(10.0);
        assertThat(Load.down(2.5)).isEqualTo(1.5);
        assertThat(Load.down(2.0)).isNull();
        assertThat(Load.down(null)).isNull();
    }

    @Test
    void deloadTakesTenPercentRoundedDown() {
        assertThat(Load.deload(20.0)).isEqualTo(18.0);
        assertThat(Load.deload(11.0)).isEqualTo(9.5);
        assertThat(Load.deload(0.5)).isNull();
        assertThat(Load.deload(null)).isNull();
    }
}
