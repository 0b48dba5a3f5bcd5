package dev.runstrength.planner.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The weeks of a plan on the runner's block calendar (DOMAIN rule 11, v1.1: a replan keeps the block's
 * calendar; rule 10: after a race's recovery a new block starts at week 1).
 * <ul>
 * <li>A replan continues the current plan's calendar when it starts no later than the day after that
 * plan ends and no race lies between the block's start and the replan: its weeks line up with the old
 * ones and carry on counting block weeks 1-4 (week 4 the deload), so a replan in week 2 has weeks 2, 3,
 * 4 (deload) and the next block's week 1. Its first week may have begun already: only the days from the
 * plan's start count.</li>
 * <li>Otherwise a new calendar starts on the plan's start. Race-recovery weeks are outside any block;
 * the first week after them is block week 1.</li>
 * <li>A plan covers {@value TrainingPhaseRule#PLAN_WEEKS} weeks, fewer when a race comes sooner: it ends
 * with the week the day before the race falls in.</li>
 * </ul>
 */
public record BlockCalendar(List<CalendarWeek> weeks, LocalDate start, LocalDate blockStart, boolean continued,
                            boolean afterRace) {

    public BlockCalendar {
        weeks = List.copyOf(weeks);
    }

    /** How long after a race a new calendar still counts as "the first block after the race". */
    static final int AFTER_RACE_DAYS = TrainingPhaseRule.RECOVERY_DAYS + 7 * TrainingPhaseRule.PLAN_WEEKS;

    public static BlockCalendar of(LocalDate start, LocalDate race, PreviousPlan previous) {
        boolean continued = previous != null && previous.blockStart() != null
                && !start.isBefore(previous.blockStart().minusDays(TrainingPhaseRule.RECOVERY_DAYS))
                && !start.isAfter(previous.endsOn().plusDays(1))
                && !(race != null && !race.isBefore(previous.blockStart()) && race.isBefore(start));
        LocalDate first;
        long weeksIn;
        if (continued) {
            weeksIn = Math.floorDiv(ChronoUnit.DAYS.between(previous.blockStart(), start), 7);
            first = previous.blockStart().plusWeeks(weeksIn);
        } else {
            weeksIn = 0;
            first = start;
        }
        int count = race == null || !race.isAfter(start) ? TrainingPhaseRule.PLAN_WEEKS
                : (int) Math.min(TrainingPhaseRule.PLAN_WEEKS, (ChronoUnit.DAYS.between(first, race) + 6) / 7);
        List<CalendarWeek> weeks = new ArrayList<>();
        LocalDate blockStart = null;
        // weeks since the block calendar's anchor; a new calendar anchors at its first week outside race recovery
        Long anchorAt = continued ? Long.valueOf(-weeksIn) : null;
        Long firstBlock = null;
        for (int n = 1; n <= count; n++) {
            LocalDate startsOn = first.plusWeeks(n - 1L);
            TrainingPhase phase = TrainingPhaseRule.phaseOn(startsOn, race);
            if (anchorAt == null && phase != TrainingPhase.RECOVERY) {
                anchorAt = (long) (n - 1);
            }
            long k = anchorAt == null ? -1 : n - 1 - anchorAt;
            int blockWeek = k < 0 ? 0 : (int) (k % DeloadWeek.BLOCK_WEEKS) + 1;
            int block = 0;
            if (k >= 0) {
                long index = k / DeloadWeek.BLOCK_WEEKS;
                firstBlock = firstBlock == null ? index : firstBlock;
                block = (int) (index - firstBlock);
                if (blockStart == null) {
                    blockStart = startsOn.minusWeeks(blockWeek - 1L);
                }
            }
            List<LocalDate> allowed = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                LocalDate date = startsOn.plusDays(d);
                boolean beforeRace = race == null || !race.isAfter(start) || date.isBefore(race);
                if (!date.isBefore(start) && beforeRace && TrainingPhaseRule.allowsSessionOn(date, race)) {
                    allowed.add(date);
                }
            }
            weeks.add(new CalendarWeek(n, startsOn, phase, blockWeek, block, allowed, !startsOn.isBefore(start)));
        }
        boolean afterRace = !continued && race != null && !race.isAfter(start)
                && ChronoUnit.DAYS.between(race, start) < AFTER_RACE_DAYS;
        return new BlockCalendar(weeks, start, blockStart, continued, afterRace);
    }

    public CalendarWeek first() {
        return weeks.get(0);
    }

}
