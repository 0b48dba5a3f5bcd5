package dev.runstrength.planner.domain;

import java.util.stream.Collectors;

/** Renders a plan as readable Markdown for docs/planner.md. */
public final class PlanText {

    private PlanText() {
    }

    public static String render(Plan plan) {
        StringBuilder s = new StringBuilder();
        s.append("Training phase: **").append(plan.trainingPhase()).append("**, ")
                .append(plan.weeks().size()).append(" weeks.\n\n");
        for (Week week : plan.weeks()) {
            s.append("Week ").append(week.number()).append(" (from ").append(week.startsOn()).append(")")
                    .append(week.deload() ? " - deload" : "").append(":\n\n");
            if (week.sessions().isEmpty()) {
                s.append("- no session\n\n");
            }
            for (Session session : week.sessions()) {
                s.append("- **").append(session.title()).append("** ").append(session.day()).append(' ')
                        .append(session.date()).append(", about ").append(session.estimatedMinutes()).append(" min\n");
                for (Block block : session.blocks()) {
                    s.append("  - ").append(block.phase()).append(": ");
                    s.append(block.exercises().stream().map(PlanText::dose).collect(Collectors.joining("; ")));
                    s.append('\n');
                }
            }
            s.append('\n');
        }
        s.append("Rationale:\n\n");
        for (Rationale r : plan.rationale()) {
            s.append("- `").append(r.code()).append("` ").append(r.message()).append('\n');
        }
        return s.toString();
    }

    static String dose(PrescribedExercise e) {
        StringBuilder s = new StringBuilder(e.name()).append(' ').append(e.sets()).append(" x ");
        s.append(e.reps() != null ? e.reps() + " reps" : e.holdSeconds() + " s");
        if (e.perSide()) {
            s.append(" each side");
        }
        if (e.loadKg() != null) {
            s.append(" @ ").append(e.loadKg()).append(" kg");
        }
        if (e.targetRpe() != null) {
            s.append(" at RPE ").append(e.targetRpe() == Math.rint(e.targetRpe()) ? String.valueOf(e.targetRpe().intValue())
                    : String.valueOf(e.targetRpe()));
        }
        String own = PlannerSeed.load().find(e.exerciseId()).map(c -> c.prescription().tempo()).orElse(null);
        if (e.tempo() != null && !e.tempo().equals(own)) {
            s.append(" (tempo ").append(e.tempo()).append(')');
        }
        return s.toString();
    }
}
