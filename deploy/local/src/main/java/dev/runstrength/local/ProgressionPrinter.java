package dev.runstrength.local;

import dev.runstrength.contracts.events.ProgressionUpdate;
import dev.runstrength.contracts.events.ProgressionUpdate.Adherence;
import dev.runstrength.contracts.events.ProgressionUpdate.Change;
import dev.runstrength.contracts.events.ProgressionUpdate.Flag;
import java.util.Locale;

/** A progression update as a runner reads it: each decision with its dose move and reason, adherence, flags. */
final class ProgressionPrinter {

    private ProgressionPrinter() {
    }

    static String render(ProgressionUpdate update) {
        StringBuilder out = new StringBuilder();
        out.append("Progression for ").append(update.runnerId()).append(" after workout ").append(update.workoutId())
                .append(" (").append(update.updatedAt()).append(")\n");
        for (Change change : update.changes()) {
            out.append("  ").append(String.format(Locale.ROOT, "%-8s", change.decision())).append(' ')
                    .append(move(change)).append('\n');
            out.append("           ").append(change.reason()).append('\n');
        }
        out.append("  Adherence: ").append(adherence(update.adherence())).append('\n');
        if (update.flags().isEmpty()) {
            out.append("  Flags: none\n");
        } else {
            out.append("  Flags:\n");
            for (Flag flag : update.flags()) {
                out.append("    ").append(flag.type()).append(flag.area() == null ? "" : " (" + flag.area() + ")")
                        .append(": ").append(flag.message()).append('\n');
            }
        }
        return out.toString();
    }

    /** {@code glute-bridge: 2x8 -> 2x9}, or with a ladder move {@code a 2x15 -> b 2x8}. */
    static String move(Change change) {
        String from = DoseText.of(change.from());
        String to = DoseText.of(change.to());
        if (!change.to().exerciseId().equals(change.from().exerciseId())) {
            return change.from().exerciseId() + " " + from + " -> " + change.to().exerciseId() + " " + to + " (ladder move)";
        }
        return change.exerciseId() + ": " + from + " -> " + to;
    }

    static String adherence(Adherence a) {
        return a.completedSessions() + " of " + a.plannedSessions() + " planned sessions so far done ("
                + Math.round(a.rate() * 100) + " %), " + a.streakWeeks() + (a.streakWeeks() == 1 ? " week" : " weeks")
                + " in a row complete";
    }
}
