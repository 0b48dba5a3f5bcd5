package dev.runstrength.planner.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The three example runners of issue 4, shared by the example tests, docs and benchmark. */
public final class Runners {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    public static final LocalDate START = LocalDate.of(2026, 11, 23);
    public static final Instant UPDATED = Instant.parse("2026-11-22T08:00:00Z");
    public static final Instant GENERATED = Instant.parse("2026-11-22T08:00:05Z");

    private Runners() {
    }

    public static RunnerProfile beginner() {
        return new RunnerProfile("r-beginner", UPDATED, Level.BEGINNER, Goal.GENERAL_FITNESS, 20.0, 2, 30,
                Set.of(), List.of(new RunDay(DayOfWeek.TUESDAY, RunType.EASY), new RunDay(DayOfWeek.THURSDAY, RunType.EASY),
                new RunDay(DayOfWeek.SUNDAY, RunType.LONG)), null, List.of(), false, START);
    }

    public static RunnerProfile heelPain() {
        return new RunnerProfile("r-heel", UPDATED, Level.INTERMEDIATE, Goal.INJURY_RESILIENCE, 45.0, 2, 40,
                Set.of(Equipment.RESISTANCE_BAND), List.of(new RunDay(DayOfWeek.TUESDAY, RunType.HARD),
                new RunDay(DayOfWeek.THURSDAY, RunType.EASY), new RunDay(DayOfWeek.SATURDAY, RunType.EASY),
                new RunDay(DayOfWeek.SUNDAY, RunType.LONG)), null, List.of(new Pain(PainArea.HEEL, 4)), false, START);
    }

    public static RunnerProfile racer() {
        return new RunnerProfile("r-racer", UPDATED, Level.ADVANCED, Goal.SPEED, 70.0, 3, 45,
                Set.of(Equipment.DUMBBELLS, Equipment.BOX), List.of(new RunDay(DayOfWeek.TUESDAY, RunType.HARD),
                new RunDay(DayOfWeek.WEDNESDAY, RunType.EASY), new RunDay(DayOfWeek.THURSDAY, RunType.HARD),
                new RunDay(DayOfWeek.SATURDAY, RunType.EASY), new RunDay(DayOfWeek.SUNDAY, RunType.LONG)),
                START.plusWeeks(5), List.of(), false, START);
    }

    public static PlanRequest request(RunnerProfile profile, String planId) {
        return new PlanRequest(profile, SeedCatalogue.load(), ProgressionState.empty(), TODAY, GENERATED, planId);
    }
}
