package dev.runstrength.planner.export;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.events.TrainingPlan.Block;
import dev.runstrength.contracts.events.TrainingPlan.Prescribed;
import dev.runstrength.contracts.events.TrainingPlan.Session;
import dev.runstrength.contracts.events.TrainingPlan.Week;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A plan's sessions as calendar entries: what each says, in the plan's order. */
public final class SessionEvents {

    private SessionEvents() {
    }

    public static List<SessionEvent> of(TrainingPlan plan) {
        List<SessionEvent> events = new ArrayList<>();
        Map<LocalDate, Integer> slots = new HashMap<>();
        for (Week week : plan.weeks()) {
            for (Session session : week.sessions()) {
                int slot = slots.merge(session.date(), 1, Integer::sum);
                events.add(new SessionEvent(SessionEvent.uid(plan.runnerId(), session.date(), slot), session.date(),
                        "Strength training: " + session.title() + " (about " + session.estimatedMinutes() + " min)",
                        description(week, session)));
            }
        }
        return events;
    }

    static String description(Week week, Session session) {
        StringBuilder text = new StringBuilder();
        text.append("Week ").append(week.week()).append(week.deload() ? ", a lighter (deload) week" : "")
                .append(". About ").append(session.estimatedMinutes()).append(" minutes.\n");
        for (Block block : session.blocks()) {
            text.append('\n').append(phase(block)).append('\n');
            if (block.exercises().isEmpty()) {
                text.append("- nothing in this part today\n");
            }
            for (Prescribed exercise : block.exercises()) {
                text.append("- ").append(exercise.name()).append(": ").append(DoseText.of(exercise)).append('\n');
                exercise.cautions().forEach(caution -> text.append("  Caution: ").append(caution).append('\n'));
            }
        }
        text.append("\nStop an exercise that hurts. This plan is not medical advice.");
        return text.toString();
    }

    /** PREPARE as a runner reads it: "Prepare". */
    public static String phase(Block block) {
        String name = block.phase().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
