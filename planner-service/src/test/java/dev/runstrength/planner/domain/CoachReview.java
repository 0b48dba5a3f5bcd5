package dev.runstrength.planner.domain;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints week 1 and the rationale of plans for very different runners, to be read as a strength coach for
 * runners reads them (issue 12). A plain harness, not a test: run its main from planner-service with the
 * test classpath; an optional argument keeps only the runners whose name contains it, a second one, {@code all},
 * prints every week, or {@code replan}: the plan a runner gets two weeks in, after tracking moved every exercise of
 * week 2's first session one step up (as after two easy sessions, the local demo's PROGRESS), its first regular week
 * and its {@code TIME_BUDGET} line.
 */
public final class CoachReview {

    private CoachReview() {
    }

    static Map<String, RunnerProfile> runners() {
        List<RunDay> week = List.of(new RunDay(DayOfWeek.TUESDAY, RunType.HARD), new RunDay(DayOfWeek.THURSDAY, RunType.EASY),
                new RunDay(DayOfWeek.SATURDAY, RunType.EASY), new RunDay(DayOfWeek.SUNDAY, RunType.LONG));
        Map<String, RunnerProfile> runners = new LinkedHashMap<>();
        runners.put("a beginner with 30 minutes and nothing", Runners.beginner());
        runners.put("a beginner with knee pain 5/10 and no equipment", Runners.kneePain());
        runners.put("an advanced marathoner 10 weeks out with a barbell and a bench", Runners.marathoner());
        runners.put("a trail runner with ankle pain 3/10 and a band", Runners.trailRunner());
        runners.put("a beginner offering 3 x 60 minutes", Runners.generousBeginner());
        runners.put("an intermediate runner 3 days after a race", Runners.afterRace());
        runners.put("an advanced runner with lower-back pain 8/10 and dumbbells", new RunnerProfile("r-back", Runners.UPDATED,
                Level.ADVANCED, Goal.SPEED, 70.0, 2, 45, Set.of(Equipment.DUMBBELLS, Equipment.BOX), week, null,
                List.of(new Pain(PainArea.LOWER_BACK, 8)), false, Runners.START));
        runners.put("an intermediate runner with hip pain 6/10, kettlebell and band", new RunnerProfile("r-hip", Runners.UPDATED,
                Level.INTERMEDIATE, Goal.ENDURANCE, 50.0, 2, 45, Set.of(Equipment.KETTLEBELL, Equipment.RESISTANCE_BAND), week,
                null, List.of(new Pain(PainArea.HIP, 6)), false, Runners.START));
        runners.put("an intermediate runner with heel pain 7/10 and foot pain 7/10", new RunnerProfile("r-heel7", Runners.UPDATED,
                Level.INTERMEDIATE, Goal.INJURY_RESILIENCE, 40.0, 2, 40, Set.of(Equipment.DUMBBELLS, Equipment.STEP), week, null,
                List.of(new Pain(PainArea.HEEL, 7), new Pain(PainArea.FOOT, 7)), false, Runners.START));
        runners.put("an advanced speed runner who avoids jumping, with everything", new RunnerProfile("r-nojump", Runners.UPDATED,
                Level.ADVANCED, Goal.SPEED, 60.0, 3, 50, Set.of(Equipment.values()), week, Runners.START.plusWeeks(12), List.of(),
                true, Runners.START));
        return runners;
    }

    /** The replan two weeks in, after every exercise of week 2's first session went one step up: its first regular week. */
    static String replan(RunnerProfile profile) {
        Plan first = new PlanGenerator().generate(Runners.request(profile, "review-" + profile.runnerId()));
        Week second = first.weeks().size() > 1 ? first.weeks().get(1) : null;
        if (second == null || second.sessions().isEmpty()) {
            return "(no second week to progress from)\n";
        }
        Map<String, Prescription> to = raised(profile, second);
        Plan after = replanned(profile, first, to);
        String text = PlanText.render(after);
        int week2 = text.indexOf("Week 2 (");
        int budget = text.indexOf("- `" + TimeBudgetRule.CODE + "`");
        return (week2 > 0 ? text.substring(0, week2) : text) + "Tracking raised: " + to.values().stream()
                .map(p -> p.exerciseId() + " " + p.sets() + "x" + (p.reps() != null ? p.reps() : p.holdSeconds() + "s"))
                .toList() + "\n\n" + (budget < 0 ? "" : text.substring(budget, text.indexOf('\n', budget) + 1));
    }

    /** The replan two weeks in after every exercise of week 2's first session went one step up (see {@link #replan}). */
    static Plan replanned(RunnerProfile profile) {
        Plan first = new PlanGenerator().generate(Runners.request(profile, "review-" + profile.runnerId()));
        return replanned(profile, first, raised(profile, first.weeks().get(1)));
    }

    private static Map<String, Prescription> raised(RunnerProfile profile, Week second) {
        Map<String, Prescription> to = new java.util.TreeMap<>();
        for (Block b : second.sessions().get(0).blocks()) {
            for (PrescribedExercise pe : b.exercises()) {
                CatalogueExercise e = PlannerSeed.load().find(pe.exerciseId()).orElseThrow();
                dev.runstrength.dose.Dose from = new dev.runstrength.dose.Dose(pe.sets(), pe.reps(), pe.holdSeconds(), pe.loadKg());
                dev.runstrength.dose.DoseSteps.harder(e.reference(), from, 1, profile.level().toDose(), b.phase().toDose())
                        .filter(d -> pe.targetRpe() == null)
                        .ifPresent(d -> to.put(e.id(), new Prescription(e.id(), d.sets(), d.reps(), d.holdSeconds(), d.loadKg())));
            }
        }
        return to;
    }

    private static Plan replanned(RunnerProfile profile, Plan first, Map<String, Prescription> to) {
        java.time.LocalDate today = first.weeks().get(1).startsOn().plusDays(7);
        RunnerProfile same = new RunnerProfile(profile.runnerId(), profile.updatedAt(), profile.level(), profile.goal(),
                profile.weeklyRunningKm(), profile.sessionsPerWeek(), profile.minutesPerSession(), profile.equipment(),
                profile.runDays(), profile.raceDate(), profile.painAreas(), profile.avoidJumping(), today);
        ProgressionState state = new ProgressionState(Runners.UPDATED.plusSeconds(14 * 86_400), to, List.of(), Map.of());
        return new PlanGenerator().generate(new PlanRequest(same, PlannerSeed.load(), state, today, Runners.GENERATED,
                "review-" + profile.runnerId() + "-replan", PreviousPlan.of(first)));
    }

    public static void main(String[] args) {
        String only = args.length > 0 ? args[0] : "";
        boolean allWeeks = args.length > 1 && args[1].equals("all");
        boolean replan = args.length > 1 && args[1].equals("replan");
        runners().forEach((name, profile) -> {
            if (!name.contains(only)) {
                return;
            }
            if (replan) {
                System.out.println("### " + name + ", two weeks in, after a progression\n");
                System.out.println(replan(profile));
                return;
            }
            Plan plan = new PlanGenerator().generate(Runners.request(profile, "review-" + profile.runnerId()));
            System.out.println("### " + name + "\n");
            String text = PlanText.render(plan);
            int week2 = text.indexOf("Week 2 (");
            int rationale = text.indexOf("Rationale:");
            System.out.println(week2 > 0 && !allWeeks ? text.substring(0, week2) + text.substring(rationale) : text);
        });
    }
}
