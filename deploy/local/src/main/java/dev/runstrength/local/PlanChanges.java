package dev.runstrength.local;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.events.TrainingPlan.Prescribed;
import dev.runstrength.contracts.events.TrainingPlan.Session;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a new plan changed against the previous one in a week, session by session (the A/B sessions
 * are compared in order): doses that moved, exercises that moved along a ladder (paired through the
 * {@code from -> to} moves tracking reported), exercises dropped and added.
 */
final class PlanChanges {

    private PlanChanges() {
    }

    /**
     * @param ladderMoves exercise id -> the exercise tracking moved it to (only moves to another exercise)
     * @return one line per session header and per change, e.g. {@code   glute-bridge: 2x9 -> 2x10}
     */
    static List<String> inWeek(TrainingPlan before, TrainingPlan after, int week, Map<String, String> ladderMoves) {
        List<Session> old = sessions(before, week);
        List<Session> now = sessions(after, week);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(old.size(), now.size()); i++) {
            if (i >= old.size()) {
                lines.add(now.get(i).title() + ": a new session on " + now.get(i).date());
                continue;
            }
            if (i >= now.size()) {
                lines.add(old.get(i).title() + " of " + old.get(i).date() + ": no longer planned");
                continue;
            }
            lines.add(now.get(i).title() + " (" + now.get(i).date() + "):");
            List<String> changes = between(old.get(i), now.get(i), ladderMoves);
            if (changes.isEmpty()) {
                lines.add("  no change");
            }
            changes.forEach(change -> lines.add("  " + change));
        }
        return lines;
    }

    /** Moved doses and ladder moves in block order, then the exercises dropped, then the new ones. */
    static List<String> between(Session before, Session after, Map<String, String> ladderMoves) {
        Map<String, Prescribed> old = exercises(before);
        Map<String, Prescribed> now = exercises(after);
        Set<String> explained = new HashSet<>();
        List<String> changes = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (Prescribed was : old.values()) {
            Prescribed is = now.get(was.exerciseId());
            if (is != null) {
                explained.add(is.exerciseId());
                if (!DoseText.of(was).equals(DoseText.of(is))) {
                    changes.add(was.exerciseId() + ": " + DoseText.of(was) + " -> " + DoseText.of(is));
                }
                continue;
            }
            String movedTo = ladderMoves.get(was.exerciseId());
            Prescribed rung = movedTo == null || old.containsKey(movedTo) ? null : now.get(movedTo);
            if (rung != null) {
                explained.add(rung.exerciseId());
                changes.add(was.exerciseId() + " " + DoseText.of(was) + " -> " + rung.exerciseId() + " "
                        + DoseText.of(rung) + " (ladder move)");
            } else {
                dropped.add(was.exerciseId() + " " + DoseText.of(was));
            }
        }
        List<String> added = now.values().stream().filter(is -> !explained.contains(is.exerciseId()))
                .map(is -> is.exerciseId() + " " + DoseText.of(is)).toList();
        if (!dropped.isEmpty()) {
            changes.add("out: " + String.join(", ", dropped));
        }
        if (!added.isEmpty()) {
            changes.add("in:  " + String.join(", ", added));
        }
        return changes;
    }

    private static List<Session> sessions(TrainingPlan plan, int week) {
        return plan.weeks().stream().filter(w -> w.week() == week).findFirst()
                .map(TrainingPlan.Week::sessions).orElse(List.of());
    }

    /** In block order; an exercise listed twice in a session is compared by its first listing. */
    private static Map<String, Prescribed> exercises(Session session) {
        Map<String, Prescribed> byId = new LinkedHashMap<>();
        session.blocks().forEach(block -> block.exercises().forEach(e -> byId.putIfAbsent(e.exerciseId(), e)));
        return byId;
    }
}
