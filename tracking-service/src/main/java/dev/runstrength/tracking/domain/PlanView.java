package dev.runstrength.tracking.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What tracking needs of a plan. {@code startsOn} is the first day of plan week 1 (the contract's
 * {@code weeks[0].startsOn}); plan week n covers startsOn + 7(n-1) .. startsOn + 7n - 1.
 */
public record PlanView(String planId, Instant generatedAt, RunnerLevel runnerLevel, LocalDate startsOn,
                       List<PlannedSession> sessions) {

    public PlanView {
        if (planId == null || generatedAt == null) {
            throw new IllegalArgumentException("planId and generatedAt are required");
        }
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        if (startsOn == null) {
            startsOn = sessions.stream().map(PlannedSession::date).min(Comparator.naturalOrder()).orElse(null);
        }
    }

    public Optional<PlannedSession> session(String sessionId) {
        return sessions.stream().filter(s -> s.sessionId().equals(sessionId)).findFirst();
    }

    /** Plan week (1-based) a date falls in. */
    public int weekOf(LocalDate date) {
        return (int) Math.floorDiv(date.toEpochDay() - startsOn.toEpochDay(), 7L) + 1;
    }

    public LocalDate lastDayOfWeek(int week) {
        return startsOn.plusDays(7L * week - 1);
    }
}
