package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import dev.runstrength.dose.Prescribable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * DOMAIN rule 11: the next plan starts from tracking's {@code to} prescriptions.
 * <ul>
 * <li>A ladder move ({@code to} names another exercise) puts that exercise in the slot the old one
 * would have taken, but only when it passes every filter the old one passed (active, equipment,
 * level, pain, phase); otherwise the old exercise stays at its level dose.</li>
 * <li>Week 1 takes sets, reps or hold and load from {@code to}, moved to the nearest dose the shared
 * dose model deems prescribable ({@link Prescribable#fit}): sets 1 to the level's (the time budget may
 * cut them further), reps within the catalogue range, holds from two thirds of the catalogue hold to
 * twice it, load only on a loadable exercise for an intermediate or advanced runner and only a load
 * its implement offers (rounded down). A {@code to} whose shape does not match the exercise (reps for
 * a hold) is ignored. The weekly rise, deload, PEAK and TAPER then apply as to any week-1 dose;
 * RECOVERY sessions stay at the beginner dose.</li>
 * </ul>
 */
final class ProgressionIn {

    public static final String CODE = "PROGRESSION_IN";

    private final Map<String, Prescription> byFrom;
    private final Map<String, Prescription> byTo = new LinkedHashMap<>();
    private final Map<String, String> reasonsByTo = new LinkedHashMap<>();

    ProgressionIn(ProgressionState state) {
        this.byFrom = state.prescriptions();
        state.prescriptions().forEach((from, to) -> {
            if (to != null && to.exerciseId() != null && byTo.putIfAbsent(to.exerciseId(), to) == null) {
                String reason = state.reasons().get(from);
                if (reason != null && !reason.isBlank()) {
                    reasonsByTo.put(to.exerciseId(), reason);
                }
            }
        });
    }

    /** The exercise tracking moved {@code from} to, when it is a different one. */
    Optional<String> moveOf(CatalogExercise from) {
        Prescription to = byFrom.get(from.id());
        return to == null || to.exerciseId() == null || to.exerciseId().equals(from.id())
                ? Optional.empty() : Optional.of(to.exerciseId());
    }

    /** Week-1 dose for an exercise tracking has a prescription for, else empty. */
    Optional<Dose> startDose(CatalogExercise e, Level level) {
        return dose(e, level, BlockPhase.STRENGTHEN);
    }

    /** Tracking's dose for an exercise done in this block, fitted to what the dose model prescribes; else empty. */
    Optional<Dose> dose(CatalogExercise e, Level level, BlockPhase phase) {
        Prescription p = byTo.get(e.id());
        if (p == null || (p.reps() == null) == (p.holdSeconds() == null) || p.sets() < 1
                || (p.reps() != null && p.reps() < 0) || (p.holdSeconds() != null && p.holdSeconds() < 0)) {
            return Optional.empty();
        }
        Dose to = new Dose(p.sets(), p.reps(), p.holdSeconds(), p.loadKg());
        return Prescribable.fit(e.reference(), level.toDose(), phase.toDose(), to);
    }

    Optional<String> reason(String exerciseId) {
        return Optional.ofNullable(reasonsByTo.get(exerciseId));
    }

    boolean any() {
        return !byFrom.isEmpty();
    }

    /** "Single-leg calf raise: 3 x 13 reps each side from your last workouts (reps up after two strong sessions)." */
    String message(CatalogExercise e, Dose dose, CatalogExercise movedFrom) {
        StringBuilder s = new StringBuilder(e.name()).append(": ").append(dose.sets()).append(" x ");
        s.append(dose.reps() != null ? dose.reps() + " reps" : dose.holdSeconds() + " s");
        if (e.prescription().perSide()) {
            s.append(" each side");
        }
        if (dose.loadKg() != null) {
            s.append(" @ ").append(dose.loadKg()).append(" kg");
        }
        s.append(" from your last workouts");
        if (movedFrom != null) {
            s.append(", in place of ").append(movedFrom.name());
        }
        reason(e.id()).ifPresent(r -> s.append(" (").append(r).append(')'));
        return s.append('.').toString();
    }
}
