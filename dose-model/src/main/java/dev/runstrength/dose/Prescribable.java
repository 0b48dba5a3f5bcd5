package dev.runstrength.dose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a dose is one the planner can start a block from (DOMAIN rule 11: every {@code to} tracking
 * sends is a dose the planner can prescribe). For an exercise, a level and the block it is done in:
 * <ul>
 * <li>counted in the exercise's unit (reps for a rep range, seconds for a hold);</li>
 * <li>1 to {@link SetCap#of} sets;</li>
 * <li>STRENGTHEN work: reps or hold within the range's bottom and cap ({@link DoseRange}); PREPARE and
 * RECOVER work: within its shortest and longest amount ({@link SupportDose});</li>
 * <li>a load only where the exercise takes load at this level ({@link DoseSteps#takesLoad}), and then
 * one the implement offers ({@link Implement#offers}).</li>
 * </ul>
 */
public final class Prescribable {

    private Prescribable() {
    }

    /** What keeps this dose from being prescribable; empty when it is. */
    public static List<String> problems(CatalogueDose reference, Level level, BlockPhase phase, Dose dose) {
        List<String> problems = new ArrayList<>();
        if (dose.countsHold() != reference.countsHold()) {
            problems.add(reference.countsHold() ? "counts reps, the exercise is a hold" : "counts seconds, the exercise counts reps");
            return problems;
        }
        int cap = SetCap.of(level, phase);
        if (dose.sets() > cap) {
            problems.add(dose.sets() + " sets, more than " + cap);
        }
        int low = low(reference, phase);
        int high = high(reference, phase);
        if (dose.amount() < low || dose.amount() > high) {
            problems.add((dose.countsHold() ? "hold " + dose.amount() + " s" : dose.amount() + " reps")
                    + " outside " + low + "-" + high);
        }
        if (dose.loaded()) {
            if (!DoseSteps.takesLoad(reference, level, phase)) {
                problems.add("a load of " + dose.loadKg() + " kg on work that takes none here");
            } else if (!reference.implement().offers(dose.loadKg())) {
                problems.add(dose.loadKg() + " kg is no load " + reference.implement() + " come in");
            }
        }
        return problems;
    }

    public static boolean fits(CatalogueDose reference, Level level, BlockPhase phase, Dose dose) {
        return problems(reference, level, phase, dose).isEmpty();
    }

    /**
     * The nearest prescribable dose: sets into 1 to the cap, reps or hold into the range, the load
     * rounded down to one the implement offers, or taken off where none belongs. Empty when the dose
     * counts in other units than the exercise.
     */
    public static Optional<Dose> fit(CatalogueDose reference, Level level, BlockPhase phase, Dose dose) {
        if (dose.countsHold() != reference.countsHold()) {
            return Optional.empty();
        }
        int sets = Math.max(1, Math.min(SetCap.of(level, phase), dose.sets()));
        int amount = Math.max(low(reference, phase), Math.min(high(reference, phase), dose.amount()));
        Double load = null;
        if (dose.loaded() && DoseSteps.takesLoad(reference, level, phase)) {
            load = reference.implement().atMost(dose.loadKg());
        }
        return Optional.of(dose.withSets(sets).withAmount(amount).withLoad(load));
    }

    private static int low(CatalogueDose reference, BlockPhase phase) {
        return phase.isSupport() ? SupportDose.shortest(reference) : reference.range().bottom();
    }

    private static int high(CatalogueDose reference, BlockPhase phase) {
        return phase.isSupport() ? SupportDose.longest(reference) : reference.range().cap();
    }
}
