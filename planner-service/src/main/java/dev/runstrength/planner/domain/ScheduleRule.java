package dev.runstrength.planner.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DOMAIN rule 9. Sessions go on distinct, non-consecutive days (the week wraps: Sunday and the next
 * Monday are consecutive), never on the day before a HARD or LONG run, and preferably on days with
 * no run or an EASY run. Every choice of days is scored; the two hard rules cost
 * {@value #BROKEN_RULE} each, a session on a HARD or LONG run day {@value #ON_HARD_DAY}, a day off
 * the weekly pattern {@value #OFF_PATTERN}, and uneven spacing the sum of squared gaps; the lowest
 * score wins, ties to the earliest days. So when the week cannot satisfy everything (4 sessions never
 * fit on non-consecutive days of a 7-day cycle) the closest schedule is used, and the rationale
 * names the rule that bent.
 */
public final class ScheduleRule implements PlanRule {

    public static final String CODE = "SCHEDULE";
    static final int BROKEN_RULE = 100_000;
    static final int ON_HARD_DAY = 1_000;
    static final int OFF_PATTERN = 200;
    static final String BENT_CONSECUTIVE = "consecutive";
    static final String BENT_BEFORE_HARD = "before";

    @Override
    public String code() {
        return CODE;
    }

    /** The runner's week: the hardest run of each day. */
    public static Map<DayOfWeek, RunType> runWeek(List<RunDay> runDays) {
        Map<DayOfWeek, RunType> week = new EnumMap<>(DayOfWeek.class);
        for (RunDay runDay : runDays) {
            week.merge(runDay.day(), runDay.type(), (a, b) -> a.needsFreshLegs() ? a : b);
        }
        return week;
    }

    public static boolean dayBeforeFreshLegs(DayOfWeek day, Map<DayOfWeek, RunType> runWeek) {
        RunType next = runWeek.get(day.plus(1));
        return next != null && next.needsFreshLegs();
    }

    /** The best repeating weekly pattern of {@code count} days on the 7-day cycle. */
    public static List<DayOfWeek> pattern(int count, Map<DayOfWeek, RunType> runWeek) {
        long best = Long.MAX_VALUE;
        List<DayOfWeek> bestDays = List.of();
        for (int mask = 0; mask < 128; mask++) {
            if (Integer.bitCount(mask) != count) {
                continue;
            }
            List<DayOfWeek> days = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                if ((mask & (1 << i)) != 0) {
                    days.add(DayOfWeek.of(i + 1));
                }
            }
            long cost = 0;
            int squares = 0;
            for (int i = 0; i < days.size(); i++) {
                DayOfWeek day = days.get(i);
                int next = i + 1 < days.size() ? days.get(i + 1).getValue() : days.get(0).getValue() + 7;
                int gap = next - day.getValue();
                squares += gap * gap;
                if (gap == 1) {
                    cost += BROKEN_RULE;
                }
                cost += dayCost(day, runWeek);
            }
            cost += squares;
            if (cost < best || (cost == best && earlier(days, bestDays))) {
                best = cost;
                bestDays = days;
            }
        }
        return List.copyOf(bestDays);
    }

    /**
     * Chooses {@code count} dates out of {@code candidates} (one week's allowed dates, in order),
     * given the last session before them (or null) and, when the next week leaves a single allowed
     * date (the race window), that date, preferring the weekly pattern's days.
     */
    static List<LocalDate> choose(List<LocalDate> candidates, int count, Map<DayOfWeek, RunType> runWeek,
                                  LocalDate previous, LocalDate nextForced, Set<DayOfWeek> pattern) {
        int n = Math.min(count, candidates.size());
        long best = Long.MAX_VALUE;
        List<LocalDate> bestDates = List.of();
        int size = candidates.size();
        for (int mask = 0; mask < (1 << size); mask++) {
            if (Integer.bitCount(mask) != n) {
                continue;
            }
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                if ((mask & (1 << i)) != 0) {
                    dates.add(candidates.get(i));
                }
            }
            long cost = 0;
            LocalDate before = previous;
            int squares = 0;
            for (LocalDate date : dates) {
                if (before != null) {
                    long gap = date.toEpochDay() - before.toEpochDay();
                    if (gap == 1) {
                        cost += BROKEN_RULE;
                    }
                    squares += (int) Math.min(49, gap * gap);
                }
                cost += dayCost(date.getDayOfWeek(), runWeek);
                if (!pattern.contains(date.getDayOfWeek())) {
                    cost += OFF_PATTERN;
                }
                before = date;
            }
            if (nextForced != null && before != null && nextForced.toEpochDay() - before.toEpochDay() == 1) {
                cost += BROKEN_RULE;
            }
            cost += squares;
            if (cost < best) {
                best = cost;
                bestDates = dates;
            }
        }
        return List.copyOf(bestDates);
    }

    private static long dayCost(DayOfWeek day, Map<DayOfWeek, RunType> runWeek) {
        long cost = 0;
        if (dayBeforeFreshLegs(day, runWeek)) {
            cost += BROKEN_RULE;
        }
        RunType run = runWeek.get(day);
        if (run != null && run.needsFreshLegs()) {
            cost += ON_HARD_DAY;
        }
        return cost;
    }

    @Override
    public void explain(PlanOutline plan, RationaleLog log) {
        StringBuilder s = new StringBuilder("Sessions sit on separate, non-consecutive days, away from the day before "
                + "a hard or long run, on rest or easy-run days where possible.");
        if (plan.bent().contains(BENT_CONSECUTIVE)) {
            s.append(" Rule bent: some sessions are on consecutive days");
            s.append(plan.ctx().profile().sessionsPerWeek() == 4
                    ? " (4 sessions never fit a 7-day week without two in a row)." : ".");
        }
        if (plan.bent().contains(BENT_BEFORE_HARD)) {
            s.append(" Rule bent: some sessions fall on the day before a hard or long run, as your running week "
                    + "leaves no better day.");
        }
        if (!plan.ctx().calendar().first().fullWeek()) {
            s.append(" Week 1 began before this plan did: it holds only the sessions still ahead in it.");
        }
        for (String w : plan.shortWeeks()) {
            s.append(" Fewer sessions: ").append(w).append('.');
        }
        log.add(CODE, s.toString());
    }

    private static boolean earlier(List<DayOfWeek> a, List<DayOfWeek> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (a.get(i) != b.get(i)) {
                return a.get(i).compareTo(b.get(i)) < 0;
            }
        }
        return false;
    }
}
