package dev.runstrength.planner.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The runner's current profile as the planner reads it. Ranges follow the contract; the adapter
 * validates and reports the offending field, this constructor only guards the core.
 */
public record RunnerProfile(
        String runnerId,
        Instant updatedAt,
        Level level,
        Goal goal,
        Double weeklyRunningKm,
        int sessionsPerWeek,
        int minutesPerSession,
        Set<Equipment> equipment,
        List<RunDay> runDays,
        LocalDate raceDate,
        List<Pain> painAreas,
        boolean avoidJumping,
        LocalDate startDate) {

    public static final int MIN_SESSIONS = 1;
    public static final int MAX_SESSIONS = 4;
    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 90;

    public RunnerProfile {
        Objects.requireNonNull(runnerId, "runnerId");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(level, "level");
        goal = goal == null ? Goal.GENERAL_FITNESS : goal;
        if (sessionsPerWeek < MIN_SESSIONS || sessionsPerWeek > MAX_SESSIONS) {
            throw new IllegalArgumentException("sessionsPerWeek must be 1-4, was " + sessionsPerWeek);
        }
        if (minutesPerSession < MIN_MINUTES || minutesPerSession > MAX_MINUTES) {
            throw new IllegalArgumentException("minutesPerSession must be 10-90, was " + minutesPerSession);
        }
        if (weeklyRunningKm != null && (weeklyRunningKm < 0 || weeklyRunningKm > 400)) {
            throw new IllegalArgumentException("weeklyRunningKm must be 0-400, was " + weeklyRunningKm);
        }
        equipment = equipment == null || equipment.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(equipment));
        runDays = runDays == null ? List.of() : List.copyOf(runDays);
        painAreas = painAreas == null ? List.of() : List.copyOf(painAreas);
    }
}
