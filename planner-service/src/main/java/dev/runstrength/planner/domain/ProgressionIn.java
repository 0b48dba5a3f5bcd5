package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import dev.runstrength.dose.Prescribable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * DOMAIN rule 11: the next plan starts from tracking's {@code to} prescriptions.
 * <ul>
 * <li>Every {@code to} is prescribed as sent, in any phase: its sets, reps or hold and load are the
 * exercise's dose in the first week of the plan that is not a deload, and the weeks after rise from it.
 * A dose the shared dose model deems prescribable ({@link Prescribable#fits}) is taken as is, and so is a
 * heavy main lift's dose within {@link HeavyLiftRule}'s sets; anything else (an old state, a dose in
 * other units) is moved to the nearest prescribable dose ({@link Prescribable#fit}) or ignored. Two
 * exceptions come from rule 10: race-recovery weeks take only a light dose (one set, no load) as sent,
 * and the first block after a race restarts at the level's week-1 dose.</li>
 * <li>A ladder move ({@code to} names another exercise) puts that exercise in the session the old one was
 * in (A stays A) when it passes every rule the old one passed; otherwise the old exercise stays.</li>
 * </ul>
 */
public final class ProgressionIn implements PlanRule {

    public static final String CODE = "PROGRESSION_IN";
    /** The edge of an exercise the runner is doing now over an equally useful one. */
    static final int CURRENT = 40;

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

    /** The rule in the rule list: it keeps nothing out, and explains from the finished plan. */
    static final PlanRule RULE = new ProgressionIn(ProgressionState.empty());

    @Override
    public String code() {
        return CODE;
    }

    /** Every exercise tracking has reported on or moved to. */
    Set<String> knownIds() {
        Set<String> ids = new TreeSet<>(byFrom.keySet());
        ids.addAll(byTo.keySet());
        return ids;
    }

    /** The exercise tracking moved {@code from} to, when it is a different one. */
    Optional<String> moveOf(String from) {
        Prescription to = byFrom.get(from);
        return to == null || to.exerciseId() == null || to.exerciseId().equals(from)
                ? Optional.empty() : Optional.of(to.exerciseId());
    }

    /** The exercise tracking moved on from to {@code to}, when {@code to} came by a ladder move. */
    Optional<String> movedFrom(String to) {
        for (Map.Entry<String, Prescription> e : byFrom.entrySet()) {
            if (!e.getKey().equals(to) && e.getValue() != null && to.equals(e.getValue().exerciseId())) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    boolean hasDose(String exerciseId) {
        return byTo.containsKey(exerciseId);
    }

    /**
     * What the runner is doing now is favoured when a plan is made without a current plan to keep (a first plan
     * after tracking has reported): an exercise tracking has a dose for.
     */
    int preference(String exerciseId) {
        return byTo.containsKey(exerciseId) ? CURRENT : 0;
    }

    /**
     * Tracking's dose for an exercise done in this block, as sent when prescribable (a heavy lift's within its
     * own sets), else the nearest prescribable one; empty when tracking has none or it counts in other units.
     */
    Optional<Dose> dose(CatalogueExercise e, Level level, BlockPhase block, boolean heavy) {
        Dose to = asDose(byTo.get(e.id())).orElse(null);
        if (to == null) {
            return Optional.empty();
        }
        if (Prescribable.fits(e.reference(), level.toDose(), block.toDose(), to)
                || (heavy && e.takesAsHeavyLift(level, to))) {
            return Optional.of(to);
        }
        return Prescribable.fit(e.reference(), level.toDose(), block.toDose(), to);
    }

    /** A prescription tracking sent as a dose; empty when there is none or it is not a dose (both or neither unit, below 0). */
    private static Optional<Dose> asDose(Prescription p) {
        if (p == null || (p.reps() == null) == (p.holdSeconds() == null) || p.sets() < 1
                || (p.reps() != null && p.reps() < 0) || (p.holdSeconds() != null && p.holdSeconds() < 0)) {
            return Optional.empty();
        }
        return Optional.of(new Dose(p.sets(), p.reps(), p.holdSeconds(), p.loadKg()));
    }

    /**
     * Whether a dose tracking sent under {@code from} (the exercise the runner was doing) is a recovery week's single
     * light set of an exercise the current plan had in its recovery sessions (rule 10).
     */
    static boolean fromRecoverySessions(String from, Dose dose, Level level, PreviousPlan previous) {
        return previous != null && previous.inRecoverySession(from) && TrainingPhaseRule.isRecoveryDose(dose, level);
    }

    Optional<String> reason(String exerciseId) {
        return Optional.ofNullable(reasonsByTo.get(exerciseId));
    }

    /** "Single-leg calf raise: 3 x 13 reps each side from your last workouts (reps up after two strong sessions)." */
    String message(CatalogueExercise e, Dose dose, CatalogueExercise movedFrom, String label) {
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
        if (label != null) {
            s.append(", still in ").append(label);
        }
        reason(e.id()).ifPresent(r -> s.append(" (").append(r).append(')'));
        return s.append('.').toString();
    }

    @Override
    public void explain(PlanOutline plan, RationaleLog log) {
        ProgressionIn in = plan.ctx().progression();
        for (PlanOutline.Applied applied : plan.applied()) {
            log.add(CODE, in.message(applied.exercise(), applied.dose(), applied.movedFrom(), applied.keptIn()));
        }
        if (plan.ctx().calendar().afterRace() && in.any() && plan.ctx().calendar().blockStart() != null) {
            log.add(CODE, "After your race the new block starts from week-1 doses, not from where your last "
                    + "workouts before it left off.");
        } else if (in.anyRecoveryDose(plan.ctx().level(), plan.ctx().continuing()) && plan.ctx().calendar().weeks().stream()
                .anyMatch(w -> TrainingPhaseRule.firstBlockAfterRecovery(w, plan.ctx().profile().raceDate()))) {
            log.add(CODE, "The block after your recovery weeks starts from week-1 doses, not from the single light "
                    + "sets of those weeks.");
        }
    }

    boolean any() {
        return !byFrom.isEmpty();
    }

    /** Whether tracking sent any dose {@link #fromRecoverySessions} holds for. */
    boolean anyRecoveryDose(Level level, PreviousPlan previous) {
        return byFrom.entrySet().stream().anyMatch(e -> asDose(e.getValue())
                .filter(dose -> fromRecoverySessions(e.getKey(), dose, level, previous)).isPresent());
    }
}
