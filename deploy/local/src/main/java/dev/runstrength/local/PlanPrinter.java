package dev.runstrength.local;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.events.TrainingPlan.Block;
import dev.runstrength.contracts.events.TrainingPlan.Prescribed;
import dev.runstrength.contracts.events.TrainingPlan.Session;
import dev.runstrength.contracts.events.TrainingPlan.Week;
import java.util.List;
import java.util.Locale;

/** A plan as a runner would read it: weeks, sessions, blocks, doses, and why the plan looks so. */
final class PlanPrinter {

    private PlanPrinter() {
    }

    static String render(TrainingPlan plan) {
        return render(plan, plan.weeks().size());
    }

    /** The plan with only its first {@code weeks} weeks spelled out, then the rationale. */
    static String render(TrainingPlan plan, int weeks) {
        StringBuilder out = new StringBuilder();
        out.append("Plan ").append(plan.planId()).append(" for ").append(plan.runnerId())
                .append(" (").append(plan.trainingPhase()).append(" phase)\n");
        for (Week week : plan.weeks().stream().limit(weeks).toList()) {
            out.append("\nWeek ").append(week.week()).append(", from ").append(week.startsOn())
                    .append(week.deload() ? " (deload)" : "").append('\n');
            for (Session session : week.sessions()) {
                out.append("  ").append(session.day().toString().charAt(0))
                        .append(session.day().toString().substring(1).toLowerCase(Locale.ROOT))
                        .append(' ').append(session.date()).append(": ").append(session.title())
                        .append(", about ").append(session.estimatedMinutes()).append(" min\n");
                for (Block block : session.blocks()) {
                    out.append("    ").append(block.phase()).append('\n');
                    for (Prescribed exercise : block.exercises()) {
                        out.append("      - ").append(exercise.name()).append(": ").append(dose(exercise)).append('\n');
                        exercise.cautions().forEach(caution -> out.append("          ! ").append(caution).append('\n'));
                    }
                }
            }
        }
        if (weeks < plan.weeks().size()) {
            out.append("\n(weeks ").append(weeks + 1).append('-').append(plan.weeks().size())
                    .append(" repeat these sessions with the weekly rise and the deload)\n");
        }
        out.append("\nWhy it looks like this:\n");
        plan.rationale().forEach(entry -> out.append("  ").append(entry.code()).append(": ").append(entry.message()).append('\n'));
        return out.toString();
    }

    /**
     * A rationale message cut into one line per exercise it speaks of: PROGRESSION_IN lists each
     * exercise as "Name: dose ... (reason)." in one message.
     */
    static List<String> perExercise(String message) {
        return List.of(message.split("(?<=\\)\\.) "));
    }

    static String dose(Prescribed exercise) {
        String amount = exercise.reps() != null ? exercise.reps() + " reps" : exercise.holdSeconds() + " s";
        StringBuilder dose = new StringBuilder().append(exercise.sets()).append(" x ").append(amount);
        if (exercise.perSide()) {
            dose.append(" each side");
        }
        if (exercise.loadKg() != null) {
            dose.append(" with ").append(exercise.loadKg()).append(" kg");
        }
        return dose.append(", rest ").append(exercise.restSeconds()).append(" s").toString();
    }
}
