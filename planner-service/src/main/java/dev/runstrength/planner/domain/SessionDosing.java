package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import java.util.List;
import java.util.Optional;

/**
 * The dose of one STRENGTHEN slot in one week, asked of the rules that own each part: tracking's dose
 * ({@link ProgressionIn}), the level dose ({@link LevelRule}), the heavy lift ({@link HeavyLiftRule}), the
 * weekly rise and deload ({@link WeeklyProgression}, {@link DeloadWeek}), the phase ({@link TrainingPhaseRule}),
 * pain's tempo ({@link PainRule}) and the time budget's set cap.
 */
final class SessionDosing {

    /** A week's prescription of a slot before it becomes a {@link PrescribedExercise}. */
    record Dosed(Dose dose, String tempo, Double targetRpe, int restSeconds, boolean fromTracking) {
    }

    private final PlanningContext ctx;

    SessionDosing(PlanningContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Tracking's dose for the slot, unless the week opens the first block after a race (rule 10), or the dose is one
     * of the recovery weeks' light single sets and the week is in the block that follows them: after RECOVERY the
     * runner restarts at the week-1 dose, not at one set.
     */
    Optional<Dose> tracked(Slot slot, CalendarWeek week) {
        if (ctx.calendar().afterRace() && week.phase() != TrainingPhase.RECOVERY) {
            return Optional.empty();
        }
        Optional<Dose> dose = ctx.progression().dose(slot.exercise(), ctx.level(), BlockPhase.STRENGTHEN, slot.heavy());
        if (dose.isPresent() && fromRecoveryWeeks(slot.exercise(), dose.get())
                && TrainingPhaseRule.firstBlockAfterRecovery(week, ctx.profile().raceDate())) {
            return Optional.empty();
        }
        return dose;
    }

    /** A single light set tracking sent for an exercise (or the rung it moved from) of the current plan's recovery sessions. */
    private boolean fromRecoveryWeeks(CatalogueExercise e, Dose dose) {
        String was = ctx.progression().movedFrom(e.id()).orElse(e.id());
        return ProgressionIn.fromRecoverySessions(was, dose, ctx.level(), ctx.continuing())
                || ProgressionIn.fromRecoverySessions(e.id(), dose, ctx.level(), ctx.continuing());
    }

    /** The slot's dose in a week; {@code anchor} is the week of its session's first prescription in the plan. */
    Dosed strength(Slot slot, CalendarWeek week, CalendarWeek anchor) {
        CatalogueExercise e = slot.exercise();
        Level level = ctx.level();
        Optional<Dose> tracked = tracked(slot, week);
        boolean fromTracking = tracked.isPresent();
        String tempo = PainRule.tempo(e, ctx.pain());
        int rest = slot.heavy() ? Math.max(HeavyLiftRule.REST_SECONDS, e.prescription().restSeconds())
                : e.prescription().restSeconds();
        Dose dose;
        Double rpe = null;
        switch (week.phase()) {
            case RECOVERY -> dose = TrainingPhaseRule.recovery(e, tracked.orElse(null));
            case TAPER -> {
                if (slot.heavy()) {
                    dose = tracked.orElseGet(() -> TrainingPhaseRule.taper(HeavyLiftRule.start(level)));
                    rpe = HeavyLiftRule.lowestRpe(level);
                } else {
                    dose = tracked.orElseGet(() -> TrainingPhaseRule.taper(PainRule.startDose(e, level, ctx.pain())));
                }
            }
            default -> {
                int steps = WeeklyProgression.steps(week, fromTracking, anchor);
                if (slot.heavy()) {
                    Dose base = tracked.orElseGet(() -> HeavyLiftRule.start(level));
                    boolean peak = week.phase() == TrainingPhase.PEAK && !fromTracking;
                    dose = HeavyLiftRule.week(e, level, base, steps, peak);
                    rpe = HeavyLiftRule.targetRpe(level, steps);
                    if (week.deload()) {
                        Dose reduced = DeloadWeek.reduced(dose, base, DeloadWeek.SHARE);
                        int lowest = HeavyLiftRule.doseFor(level).orElseThrow().repsMin();
                        dose = reduced.withAmount(Math.max(Math.min(lowest, dose.reps()), reduced.reps()));
                        rpe = HeavyLiftRule.lowestRpe(level);
                    }
                } else {
                    Dose levelDose = PainRule.startDose(e, level, ctx.pain());
                    Dose level1 = capped(slot.supporting() ? HeavyLiftRule.supporting(e, levelDose) : levelDose, slot);
                    Dose base = tracked.orElseGet(() -> week.phase() == TrainingPhase.PEAK
                            ? TrainingPhaseRule.peak(level1) : level1);
                    dose = WeeklyProgression.dose(e, base, week, fromTracking, anchor);
                    tempo = WeeklyProgression.tempo(e, tempo, base, dose, steps, week.deload());
                }
            }
        }
        if (!fromTracking && !slot.heavy() && dose.sets() > slot.setsCap()) {
            dose = dose.withSets(Math.max(1, slot.setsCap()));
        }
        return new Dosed(dose, tempo, rpe, rest, fromTracking);
    }

    /** The level dose with the sets the time budget leaves (before the week's rise or deload works on it). */
    private static Dose capped(Dose dose, Slot slot) {
        return dose.sets() > slot.setsCap() ? dose.withSets(Math.max(1, slot.setsCap())) : dose;
    }

    /**
     * The slot's longest week among {@code weeks}, anchored at the first of them: what the time budget must hold
     * (a later anchor only lowers a week's dose).
     */
    int mostSeconds(Slot slot, List<CalendarWeek> weeks) {
        int most = 0;
        for (CalendarWeek w : weeks) {
            Dosed d = strength(slot, w, weeks.get(0));
            most = Math.max(most, ctx.seconds(slot.exercise(), d.dose(), d.tempo(), d.restSeconds()));
        }
        return most;
    }

    /** The slot's sets in its first week (what the weekly volume counts). */
    int sets(Slot slot, List<CalendarWeek> weeks) {
        return weeks.isEmpty() ? 0 : strength(slot, weeks.get(0), weeks.get(0)).dose().sets();
    }

    /** Foot contacts of one dose of the exercise. */
    static int contacts(CatalogueExercise e, Dose dose) {
        return PlyometricsGate.contacts(e.footContactsPerRep(), dose.sets(), dose.reps(), dose.holdSeconds(),
                e.prescription().perSide());
    }
}
