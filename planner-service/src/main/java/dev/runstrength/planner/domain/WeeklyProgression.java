package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import dev.runstrength.dose.DoseRange;
import dev.runstrength.dose.DoseSteps;
import dev.runstrength.dose.LoadProgression;
import java.util.List;

/**
 * DOMAIN rule 4, the block: the same A/B sessions every week so that progression can act, and every
 * level's volume or intensity visibly rising from week 1 to week 3.
 * <ul>
 * <li>Week 2 adds {@link DoseSteps#REP_STEP} rep (or {@link DoseSteps#HOLD_STEP_SECONDS} s of hold) to the
 * week-1 dose, week 3 two, never past the top of the rep range (or the hold cap, twice the reference).</li>
 * <li>An exercise already at the top with a load gets 5 % a week on its week-1 load instead, rounded up to a
 * load its implement offers ({@link LoadProgression#weekly}).</li>
 * <li>An exercise at the top without load (an advanced runner's body-weight work) slows its lowering by
 * {@value #TEMPO_STEP_SECONDS} s from week 2 (to at most {@value #SLOWEST_LOWERING_SECONDS} s): longer under
 * tension, the same reps tracking counts. One second, not one a week: every second costs a set's time.</li>
 * <li>Week 4 is the {@link DeloadWeek}. A replan carries on from the block week it starts in; a dose from
 * tracking is the dose of the plan's first week and rises from there.</li>
 * </ul>
 * Heavy main lifts follow {@link HeavyLiftRule}; PEAK, TAPER and race recovery change doses as
 * {@link TrainingPhaseRule} says.
 */
public final class WeeklyProgression implements PlanRule {

    public static final String CODE = "PROGRESSION";
    public static final int TEMPO_STEP_SECONDS = 1;
    public static final int SLOWEST_LOWERING_SECONDS = 5;
    /** The lowering a tempo-less exercise is taken to have when it is slowed (2 s down, 1 s up). */
    static final String PLAIN_TEMPO = "2-0-1-0";

    @Override
    public String code() {
        return CODE;
    }

    /**
     * How many weekly steps a week is above the dose's first week: 0-2 (a deload week counts as week 3's). A
     * tracked dose's first week is the week of the session's first prescription in this plan ({@code anchor}); a
     * level dose's is block week 1.
     */
    static int steps(CalendarWeek week, boolean fromTracking, CalendarWeek anchor) {
        int from = fromTracking && anchor != null && week.block() == anchor.block() ? Math.max(1, anchor.blockWeek()) : 1;
        int b = Math.min(week.blockWeek(), 3);
        return Math.max(0, Math.min(2, b - Math.min(from, 3)));
    }

    /** {@code steps} weekly rises above {@code base}. */
    static Dose risen(CatalogueExercise exercise, Dose base, int steps) {
        if (steps <= 0) {
            return base;
        }
        DoseRange range = exercise.reference().range();
        if (base.holdSeconds() != null) {
            return base.withAmount(Math.max(base.holdSeconds(),
                    Math.min(range.cap(), base.holdSeconds() + DoseSteps.HOLD_STEP_SECONDS * steps)));
        }
        int reps = Math.min(range.top(), base.reps() + DoseSteps.REP_STEP * steps);
        Dose risen = base.withAmount(Math.max(base.reps(), reps));
        if (base.loadKg() != null && base.reps() + steps > range.top()) {
            risen = risen.withLoad(LoadProgression.weekly(exercise.reference().implement(), base.loadKg(), steps));
        }
        return risen;
    }

    /** The week's dose of a regular (not heavy) STRENGTHEN exercise from its block's first-week dose. */
    static Dose dose(CatalogueExercise exercise, Dose base, CalendarWeek week, boolean fromTracking, CalendarWeek anchor) {
        int steps = steps(week, fromTracking, anchor);
        Dose risen = risen(exercise, base, steps);
        return week.deload() ? DeloadWeek.reduced(risen, base, DeloadWeek.SHARE) : risen;
    }

    /**
     * The tempo in a week: slower lowering when neither reps nor load could rise. {@code tempo} is the
     * exercise's own (pain may already have slowed it).
     */
    static String tempo(CatalogueExercise exercise, String tempo, Dose base, Dose now, int steps, boolean deload) {
        if (steps <= 0 || deload || base.countsHold() || exercise.isPower() || now.volume() > base.volume()
                || (now.loadKg() != null && !now.loadKg().equals(base.loadKg()))) {
            return tempo;
        }
        String t = tempo == null || tempo.isBlank() ? PLAIN_TEMPO : tempo;
        int lowering = Tempo.lowering(t);
        int dash = t.indexOf('-');
        if (dash < 0 || t.toUpperCase().contains("X") || lowering == 0) {
            return tempo;
        }
        int slower = Math.min(SLOWEST_LOWERING_SECONDS, lowering + TEMPO_STEP_SECONDS);
        return slower == lowering ? tempo : slower + t.substring(dash);
    }

    @Override
    public void explain(PlanOutline plan, RationaleLog log) {
        if (!plan.hasSessions()) {
            return;
        }
        String s = "The same sessions repeat every week so progress can be tracked; reps rise by 1 in week 2 and by 2 "
                + "in week 3 of a block (holds by 5 and 10 s, load by 5 % at the top of the range, and where neither can "
                + "rise the lowering slows by a second from week 2)";
        List<Integer> deloads = plan.weeks().stream().filter(Week::deload).map(Week::number).toList();
        if (deloads.isEmpty()) {
            s += "; this plan has no deload week.";
        } else {
            s += ", and " + DeloadWeek.sentence(deloads.get(0)) + ".";
        }
        if (plan.ctx().calendar().continued() && plan.ctx().calendar().first().blockWeek() > 1) {
            s += " It carries on your current block: week 1 of this plan is week "
                    + plan.ctx().calendar().first().blockWeek() + " of the block.";
        }
        log.add(CODE, s);
    }
}
