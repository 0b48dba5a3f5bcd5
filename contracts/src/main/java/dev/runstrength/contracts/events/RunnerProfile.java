package dev.runstrength.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.runstrength.contracts.model.Equipment;
import dev.runstrength.contracts.model.Goal;
import dev.runstrength.contracts.model.Level;
import dev.runstrength.contracts.model.PainArea;
import dev.runstrength.contracts.model.RunType;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Data of {@code dev.runstrength.runner.profile.updated.v1} on {@code runner.profiles}: the whole current
 * profile. Absent fields take the contract's defaults.
 */
public record RunnerProfile(
        String runnerId,
        Instant updatedAt,
        Level level,
        Goal goal,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double weeklyRunningKm,
        Integer sessionsPerWeek,
        Integer minutesPerSession,
        List<Equipment> equipment,
        List<RunDay> runDays,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate raceDate,
        List<Pain> painAreas,
        Boolean avoidJumping,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate startDate) {

    public static final int DEFAULT_SESSIONS_PER_WEEK = 2;
    public static final int DEFAULT_MINUTES_PER_SESSION = 30;

    public RunnerProfile {
        goal = Defaults.or(goal, Goal.GENERAL_FITNESS);
        sessionsPerWeek = Defaults.or(sessionsPerWeek, DEFAULT_SESSIONS_PER_WEEK);
        minutesPerSession = Defaults.or(minutesPerSession, DEFAULT_MINUTES_PER_SESSION);
        equipment = Defaults.orEmpty(equipment);
        runDays = Defaults.orEmpty(runDays);
        painAreas = Defaults.orEmpty(painAreas);
        avoidJumping = Defaults.or(avoidJumping, Boolean.FALSE);
    }

    /** One day of the runner's usual running week. */
    public record RunDay(DayOfWeek day, RunType type) {
    }

    /** A current niggle: where, and how bad on a 0-10 scale. */
    public record Pain(PainArea area, int severity) {
    }
}
