package dev.runstrength.planner.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

public final class CoachReview {
    static RunnerProfile p(String id, Level level, Goal goal, int sessions, int minutes, Set<Equipment> eq, LocalDate race,
                           List<Pain> pains, boolean avoid) {
        return new RunnerProfile(id, Runners.UPDATED, level, goal, 40.0, sessions, minutes, eq,
                List.of(new RunDay(DayOfWeek.TUESDAY, RunType.HARD), new RunDay(DayOfWeek.THURSDAY, RunType.EASY),
                        new RunDay(DayOfWeek.SUNDAY, RunType.LONG)), race, pains, avoid, Runners.START);
    }

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "all";
        List<RunnerProfile> runners = List.of(
                p("beginner-30", Level.BEGINNER, Goal.GENERAL_FITNESS, 2, 30, Set.of(), null, List.of(), false),
                p("beginner-knee5", Level.BEGINNER, Goal.GENERAL_FITNESS, 2, 30, Set.of(), null, List.of(new Pain(PainArea.KNEE, 5)), false),
                p("advanced-marathon", Level.ADVANCED, Goal.ENDURANCE, 2, 60, EnumSet.of(Equipment.BARBELL, Equipment.BENCH), Runners.START.plusWeeks(10), List.of(), false),
                p("trail-ankle3", Level.INTERMEDIATE, Goal.TRAIL, 2, 40, EnumSet.of(Equipment.RESISTANCE_BAND), null, List.of(new Pain(PainArea.ANKLE, 3)), false),
                p("beginner-3x60", Level.BEGINNER, Goal.GENERAL_FITNESS, 3, 60, Set.of(), null, List.of(), false),
                p("intermediate-race-3d-ago", Level.INTERMEDIATE, Goal.ENDURANCE, 2, 45, EnumSet.of(Equipment.DUMBBELLS), Runners.START.minusDays(3), List.of(), false),
                p("hip6", Level.INTERMEDIATE, Goal.GENERAL_FITNESS, 2, 45, Set.of(), null, List.of(new Pain(PainArea.HIP, 6)), false),
                p("back8-adv-speed", Level.ADVANCED, Goal.SPEED, 2, 45, Set.of(), null, List.of(new Pain(PainArea.LOWER_BACK, 8)), false),
                p("knee4-int-db", Level.INTERMEDIATE, Goal.GENERAL_FITNESS, 2, 45, EnumSet.of(Equipment.DUMBBELLS), null, List.of(new Pain(PainArea.KNEE, 4)), false),
                p("heel7-avoid", Level.INTERMEDIATE, Goal.SPEED, 2, 40, Set.of(), null, List.of(new Pain(PainArea.HEEL, 7)), true),
                p("adv-bb-kb-4x90", Level.ADVANCED, Goal.SPEED, 4, 90, EnumSet.of(Equipment.BARBELL, Equipment.KETTLEBELL), null, List.of(), false),
                p("race-in-2d", Level.INTERMEDIATE, Goal.SPEED, 2, 40, Set.of(), Runners.START.plusDays(2), List.of(), false),
                p("race-3w-ago", Level.INTERMEDIATE, Goal.ENDURANCE, 2, 40, Set.of(), Runners.START.minusWeeks(3), List.of(), false),
                p("beginner-4x90", Level.BEGINNER, Goal.GENERAL_FITNESS, 4, 90, Set.of(), null, List.of(), false),
                p("adv-10min", Level.ADVANCED, Goal.SPEED, 2, 10, EnumSet.of(Equipment.DUMBBELLS), null, List.of(), false),
                p("adv-bodyweight", Level.ADVANCED, Goal.GENERAL_FITNESS, 2, 45, Set.of(), null, List.of(), false));
        for (RunnerProfile r : runners) {
            if (!which.equals("all") && !r.runnerId().equals(which)) {
                continue;
            }
            Plan plan = new PlanGenerator().generate(new PlanRequest(r, SeedCatalogue.load(), ProgressionState.empty(),
                    Runners.TODAY, Runners.GENERATED, "p"));
            System.out.println("\n############ " + r.runnerId() + "  " + r.level() + " " + r.goal() + " " + r.sessionsPerWeek() + "x" + r.minutesPerSession()
                    + " " + r.equipment() + " pain " + r.painAreas() + " race " + r.raceDate() + " avoid " + r.avoidJumping());
            System.out.println(PlanText.render(plan));
            if (args.length > 1) {
                for (Week w : plan.weeks()) for (Session s : w.sessions()) {
                    for (Block b : s.blocks()) {
                        int sec = 0;
                        for (PrescribedExercise pe : b.exercises()) sec += DurationEstimate.seconds(pe, SeedCatalogue.load().find(pe.exerciseId()).get().secondsPerRep());
                        System.out.print(b.phase() + "=" + sec / 60.0 + "min ");
                    }
                    System.out.println(" " + s.title() + " w" + w.number());
                    s.blocks().forEach(b -> b.exercises().forEach(pe -> { if (!pe.cautions().isEmpty()) System.out.println("   " + pe.exerciseId() + " " + pe.cautions()); }));
                    break;
                }
            }
        }
    }
}
