package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The deload week in one place: block week 4 of a regular phase, about 60 % of the week before. */
class DeloadWeekTest {

    private static CalendarWeek week(int blockWeek, TrainingPhase phase) {
        return new CalendarWeek(blockWeek, LocalDate.of(2026, 11, 23), phase, blockWeek, 0, List.of(), true);
    }

    @Test
    void onlyTheFourthWeekOfARegularPhase() {
        assertThat(DeloadWeek.is(week(4, TrainingPhase.GENERAL))).isTrue();
        assertThat(DeloadWeek.is(week(4, TrainingPhase.PEAK))).isTrue();
        assertThat(DeloadWeek.is(week(3, TrainingPhase.GENERAL))).isFalse();
        assertThat(DeloadWeek.is(week(4, TrainingPhase.TAPER))).as("a taper is not a deload").isFalse();
        assertThat(DeloadWeek.is(week(0, TrainingPhase.RECOVERY))).isFalse();
    }

    @Test
    void aboutSixtyPercentOfTheWeekBeforeWithOneSetFewerAndWeekOnesLoad() {
        Dose three = new Dose(3, 14, null, 10.0);
        Dose deload = DeloadWeek.reduced(three, new Dose(3, 12, null, 8.0), DeloadWeek.SHARE);
        assertThat(deload).isEqualTo(new Dose(2, 13, null, 8.0));
        assertThat(DeloadWeek.reduced(Dose.ofHold(2, 40), Dose.ofHold(2, 30), DeloadWeek.SHARE)).isEqualTo(Dose.ofHold(2, 25));
    }
}
