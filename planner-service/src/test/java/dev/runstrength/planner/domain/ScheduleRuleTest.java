package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

class ScheduleRuleTest {

    private static final Map<DayOfWeek, RunType> NO_RUNS = Map.of();

    @Test
    void evenlySpreadNonConsecutiveDays() {
        assertThat(ScheduleRule.pattern(2, NO_RUNS)).containsExactly(MONDAY, THURSDAY);
        assertThat(ScheduleRule.pattern(3, NO_RUNS)).containsExactly(MONDAY, WEDNESDAY, FRIDAY);
    }

    @Test
    void fourSessionsBendExactlyOnceAcrossTheWeekWrap() {
        List<DayOfWeek> four = ScheduleRule.pattern(4, NO_RUNS);
        int consecutive = 0;
        for (int i = 0; i < 4; i++) {
            int next = i + 1 < 4 ? four.get(i + 1).getValue() : four.get(0).getValue() + 7;
            consecutive += next - four.get(i).getValue() == 1 ? 1 : 0;
        }
        assertThat(consecutive).isEqualTo(1);
    }

    @Test
    void neverTheDayBeforeAHardOrLongRunAndNotOnOne() {
        Map<DayOfWeek, RunType> week = ScheduleRule.runWeek(List.of(new RunDay(TUESDAY, RunType.HARD),
                new RunDay(SUNDAY, RunType.LONG), new RunDay(THURSDAY, RunType.EASY)));
        List<DayOfWeek> two = ScheduleRule.pattern(2, week);
        assertThat(two).doesNotContain(MONDAY, SATURDAY, TUESDAY, SUNDAY);
        assertThat(ScheduleRule.dayBeforeFreshLegs(MONDAY, week)).isTrue();
        assertThat(ScheduleRule.dayBeforeFreshLegs(WEDNESDAY, week)).isFalse();
    }

    @Test
    void theHardestRunOfADayCounts() {
        assertThat(ScheduleRule.runWeek(List.of(new RunDay(MONDAY, RunType.EASY), new RunDay(MONDAY, RunType.LONG))))
                .containsEntry(MONDAY, RunType.LONG);
    }

    @Test
    void aWeekAvoidsTheDayAfterThePreviousSession() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        List<LocalDate> days = monday.datesUntil(monday.plusDays(7)).toList();
        List<LocalDate> chosen = ScheduleRule.choose(days, 1, NO_RUNS, monday.minusDays(1), null, EnumSet.of(MONDAY));
        assertThat(chosen).hasSize(1).doesNotContain(monday);
        assertThat(ScheduleRule.choose(days, 1, NO_RUNS, monday.minusDays(2), null, EnumSet.of(MONDAY))).containsExactly(monday);
    }
}
