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
 * prints every week.
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

    public static void main(String[] args) {
        String only = args.length > 0 ? args[0] : "";
        boolean allWeeks = args.length > 1 && args[1].equals("all");
        runners().forEach((name, profile) -> {
            if (!name.contains(only)) {
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
