package dev.runstrength.planner.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a replan needs of the runner's current plan (DOMAIN rule 11, v1.1): the block its calendar
 * counts from, its last day, and its session slots: every exercise it prescribed, with the session
 * ("Session A") and block it was in, so that a progressed exercise keeps its session and PEAK and TAPER
 * weeks know what the runner has already done.
 *
 * @param blockStart the first day of the block the plan counted from, or null (no block week in it)
 * @param endsOn     the plan's last day
 * @param slots      exercise id to every place it was in
 */
public record PreviousPlan(LocalDate blockStart, LocalDate endsOn, Map<String, List<Place>> slots) {

    /** A session (its title without " (deload)"), a block, and whether the exercise was the session's heavy lift there. */
    public record Place(String session, BlockPhase block, boolean heavy) {
        public Place {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(block, "block");
        }
    }

    public PreviousPlan {
        Objects.requireNonNull(endsOn, "endsOn");
        Map<String, List<Place>> copy = new TreeMap<>();
        if (slots != null) {
            slots.forEach((id, places) -> copy.put(id, List.copyOf(places)));
        }
        slots = Collections.unmodifiableMap(copy);
    }

    /** Whether the exercise was in this block of this session. */
    public boolean had(String exerciseId, String session, BlockPhase block) {
        return slots.getOrDefault(exerciseId, List.of()).stream()
                .anyMatch(p -> p.session().equals(session) && p.block() == block);
    }

    /** Whether the exercise was this session's heavy main lift (prescribed with a target RPE). */
    public boolean wasHeavy(String exerciseId, String session) {
        return slots.getOrDefault(exerciseId, List.of()).stream().anyMatch(p -> p.session().equals(session) && p.heavy());
    }

    /** Whether the exercise was in a recovery session (the light weeks after a race). */
    public boolean inRecoverySession(String exerciseId) {
        return slots.getOrDefault(exerciseId, List.of()).stream()
                .anyMatch(p -> p.session().startsWith(SessionDesigner.RECOVERY_LABEL));
    }

    /** The slots of a plan, as a replan reads them: every place of every exercise. */
    public static PreviousPlan of(Plan plan) {
        Map<String, List<Place>> slots = new TreeMap<>();
        LocalDate end = plan.weeks().isEmpty() ? null : plan.weeks().get(plan.weeks().size() - 1).startsOn().plusDays(6);
        for (Week w : plan.weeks()) {
            for (Session s : w.sessions()) {
                String session = Session.label(s.title());
                for (Block b : s.blocks()) {
                    for (PrescribedExercise pe : b.exercises()) {
                        List<Place> places = slots.computeIfAbsent(pe.exerciseId(), k -> new ArrayList<>());
                        Place place = new Place(session, b.phase(), pe.targetRpe() != null);
                        if (!places.contains(place)) {
                            places.add(place);
                        }
                    }
                }
            }
        }
        return new PreviousPlan(plan.blockStart(), end == null ? LocalDate.MIN : end, slots);
    }
}
