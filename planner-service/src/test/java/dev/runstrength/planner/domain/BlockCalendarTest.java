package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN rules 10 and 11 (v1.1): the block calendar a plan counts its weeks and its deload on. */
class BlockCalendarTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static PreviousPlan previous(LocalDate blockStart, LocalDate endsOn) {
        return new PreviousPlan(blockStart, endsOn, Map.of());
    }

    @Test
    void aNewCalendarStartsOnThePlansStartWithBlockWeeksOneToFour() {
        BlockCalendar c = BlockCalendar.of(MONDAY, null, null);
        assertThat(c.weeks()).extracting(CalendarWeek::blockWeek).containsExactly(1, 2, 3, 4);
        assertThat(c.weeks()).extracting(CalendarWeek::deload).containsExactly(false, false, false, true);
        assertThat(c.blockStart()).isEqualTo(MONDAY);
        assertThat(c.continued()).isFalse();
    }

    @Test
    void aReplanMidBlockCarriesOnTheWeekCountAndTheDeload() {
        // ten days into the block: week 1 of the replan is block week 2, begun three days before it
        BlockCalendar c = BlockCalendar.of(MONDAY.plusDays(10), null, previous(MONDAY, MONDAY.plusDays(27)));
        assertThat(c.continued()).isTrue();
        assertThat(c.weeks()).extracting(CalendarWeek::blockWeek).containsExactly(2, 3, 4, 1);
        assertThat(c.weeks()).extracting(CalendarWeek::block).containsExactly(0, 0, 0, 1);
        assertThat(c.weeks().get(2).deload()).isTrue();
        assertThat(c.first().startsOn()).isEqualTo(MONDAY.plusWeeks(1));
        assertThat(c.first().fullWeek()).isFalse();
        assertThat(c.first().allowedDates()).allMatch(d -> !d.isBefore(MONDAY.plusDays(10)));
        assertThat(c.blockStart()).isEqualTo(MONDAY);
    }

    @Test
    void aPlanThatHasEndedOrARaceInBetweenStartsANewCalendar() {
        assertThat(BlockCalendar.of(MONDAY.plusDays(29), null, previous(MONDAY, MONDAY.plusDays(27))).continued()).isFalse();
        assertThat(BlockCalendar.of(MONDAY.plusDays(28), null, previous(MONDAY, MONDAY.plusDays(27))).continued()).isTrue();
        assertThat(BlockCalendar.of(MONDAY.plusDays(10), MONDAY.plusDays(5), previous(MONDAY, MONDAY.plusDays(27)))
                .continued()).isFalse();
    }

    @Test
    void afterARaceRecoveryWeeksAreOutsideAnyBlockAndTheNextWeekIsBlockWeekOne() {
        LocalDate race = MONDAY.minusDays(3);
        BlockCalendar c = BlockCalendar.of(MONDAY, race, null);
        assertThat(c.weeks()).extracting(CalendarWeek::phase).containsExactly(TrainingPhase.RECOVERY, TrainingPhase.RECOVERY,
                TrainingPhase.GENERAL, TrainingPhase.GENERAL);
        assertThat(c.weeks()).extracting(CalendarWeek::blockWeek).containsExactly(0, 0, 1, 2);
        assertThat(c.weeks()).noneMatch(CalendarWeek::deload);
        assertThat(c.blockStart()).isEqualTo(MONDAY.plusWeeks(2));
        assertThat(c.afterRace()).isTrue();
        // nothing in the four days after the race: the first allowed day is race + 5
        assertThat(c.first().allowedDates().get(0)).isEqualTo(race.plusDays(5));
    }

    @Test
    void aTaperWeekIsNotCalledADeload() {
        BlockCalendar c = BlockCalendar.of(MONDAY, MONDAY.plusDays(35), null);
        assertThat(c.weeks().get(3).phase()).isEqualTo(TrainingPhase.TAPER);
        assertThat(c.weeks().get(3).blockWeek()).isEqualTo(4);
        assertThat(c.weeks().get(3).deload()).isFalse();
    }
}
