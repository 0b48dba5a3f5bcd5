package dev.runstrength.tracking.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Adherence over the current plan as of a workout's day (UTC date of completedAt):
 * <ul>
 * <li>plannedSessions: the plan's sessions dated on or before that day;</li>
 * <li>completedSessions: distinct sessions of the plan carried out by this and earlier workouts
 *     (a workout carries out the session whose planId and sessionId it names, early or late);</li>
 * <li>rate: completed / planned, capped at 1 (a session done ahead of its date counts); before any
 *     session is due, 1 once one has been done ahead and 0 while none has;</li>
 * <li>streakWeeks: plan weeks in a row, counting back from the latest closed week, in which every
 *     planned session was done. A week is closed when its last day is on or before the workout's
 *     day, or when all its sessions are done; the week in progress that is not complete yet neither
 *     counts nor breaks the streak. Weeks without planned sessions are passed over.</li>
 * </ul>
 */
public final class AdherenceCount {

    private AdherenceCount() {
    }

    public static Adherence count(PlanView plan, Set<String> done, LocalDate day) {
        List<PlannedSession> sessions = plan.sessions();
        int planned = (int) sessions.stream().filter(s -> !s.date().isAfter(day)).count();
        int completed = (int) sessions.stream().map(PlannedSession::sessionId).distinct().filter(done::contains).count();
        double rate = planned == 0 ? (completed > 0 ? 1.0 : 0.0) : Math.min(1.0, (double) completed / planned);
        return new Adherence(planned, completed, rate, streak(plan, done, day));
    }

    private static int streak(PlanView plan, Set<String> done, LocalDate day) {
        if (plan.sessions().isEmpty()) {
            return 0;
        }
        int lastWeek = plan.sessions().stream().mapToInt(s -> plan.weekOf(s.date())).max().orElse(0);
        int streak = 0;
        for (int week = Math.min(plan.weekOf(day), lastWeek); week >= 1; week--) {
            int w = week;
            List<PlannedSession> inWeek = plan.sessions().stream().filter(s -> plan.weekOf(s.date()) == w).toList();
            if (inWeek.isEmpty()) {
                continue;
            }
            boolean allDone = inWeek.stream().allMatch(s -> done.contains(s.sessionId()));
            boolean closed = !plan.lastDayOfWeek(week).isAfter(day) || allDone;
            if (!closed) {
                continue;
            }
            if (!allDone) {
                break;
            }
            streak++;
        }
        return streak;
    }
}
