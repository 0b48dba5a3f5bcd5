package dev.runstrength.planner.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One plan week before its sessions exist.
 *
 * @param number       the plan's week number, from 1
 * @param startsOn     the week's first day on the block calendar (before the plan's start when a replan
 *                     begins mid-week)
 * @param phase        the training phase, read at the week's first day
 * @param blockWeek    the week of the training block, 1-4 (4 is the deload), or 0 for a week outside any
 *                     block (race recovery)
 * @param block        which block of this plan the week belongs to: 0 the first, 1 the next
 * @param allowedDates the dates a session may use (not before the plan's start, not in a race window)
 * @param fullWeek     false for a first week the plan joins after its start: only its remaining days count
 */
public record CalendarWeek(int number, LocalDate startsOn, TrainingPhase phase, int blockWeek, int block,
                           List<LocalDate> allowedDates, boolean fullWeek) {

    public CalendarWeek {
        allowedDates = List.copyOf(allowedDates);
    }

    public boolean deload() {
        return DeloadWeek.is(this);
    }

    public SessionKind kind() {
        return SessionKind.of(phase);
    }
}
