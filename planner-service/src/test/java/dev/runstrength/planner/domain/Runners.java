package dev.runstrength.planner.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The example runners of issues 4 and 12, shared by the example tests, docs and benchmark. */
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

    private static final List<RunDay> WEEK = List.of(new RunDay(DayOfWeek.TUESDAY, RunType.HARD),
            new RunDay(DayOfWeek.THURSDAY, RunType.EASY), new RunDay(DayOfWeek.SATURDAY, RunType.EASY),
            new RunDay(DayOfWeek.SUNDAY, RunType.LONG));

    /** A beginner with knee pain of 5/10 and no equipment (issue 12). */
    public static RunnerProfile kneePain() {
        return new RunnerProfile("r-knee", UPDATED, Level.BEGINNER, Goal.INJURY_RESILIENCE, 25.0, 2, 30, Set.of(), WEEK,
                null, List.of(new Pain(PainArea.KNEE, 5)), false, START);
    }

    /** An advanced marathoner ten weeks out with a barbell and a bench (issue 12). */
    public static RunnerProfile marathoner() {
        return new RunnerProfile("r-marathon", UPDATED, Level.ADVANCED, Goal.ENDURANCE, 80.0, 2, 60,
                Set.of(Equipment.BARBELL, Equipment.BENCH), WEEK, START.plusWeeks(10), List.of(), false, START);
    }

    /** An intermediate trail runner with ankle pain of 3/10 and a resistance band (issue 12). */
    public static RunnerProfile trailRunner() {
        return new RunnerProfile("r-trail", UPDATED, Level.INTERMEDIATE, Goal.TRAIL, 50.0, 2, 45,
                Set.of(Equipment.RESISTANCE_BAND), WEEK, null, List.of(new Pain(PainArea.ANKLE, 3)), false, START);
    }

    /** A beginner who offers three sessions of an hour (issue 12). */
    public static RunnerProfile generousBeginner() {
        return new RunnerProfile("r-generous", UPDATED, Level.BEGINNER, Goal.GENERAL_FITNESS, 20.0, 3, 60, Set.of(), WEEK,
                null, List.of(), false, START);
    }

    /** An intermediate runner three days after a race, with dumbbells (issue 12). */
    public static RunnerProfile afterRace() {
        return new RunnerProfile("r-raced", UPDATED, Level.INTERMEDIATE, Goal.ENDURANCE, 45.0, 2, 40,
                Set.of(Equipment.DUMBBELLS), WEEK, START.minusDays(3), List.of(), false, START);
    }

    public static PlanRequest request(RunnerProfile profile, String planId) {
        return new PlanRequest(profile, PlannerSeed.load(), ProgressionState.empty(), TODAY, GENERATED, planId);
    }
}
