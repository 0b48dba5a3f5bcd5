package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import dev.runstrength.dose.DoseRange;
import dev.runstrength.dose.DoseSteps;
import dev.runstrength.dose.LoadProgression;

/**
 * The 4-week A/B structure: the same sessions every week so that progression can act.
 * <ul>
 * <li>Weeks 1-3 rise by the shared dose model's steps: week 2 adds 1 rep (or 5 s of hold), week 3
 * adds 2 reps (10 s), never past the top of the rep range (or the hold cap, twice the reference); an
 * exercise already at the top with a load gets 5 % a week on its week-1 load instead, rounded up to a
 * load its implement offers ({@link LoadProgression#weekly}: 8 kg dumbbells go to 10 kg and stay).</li>
 * <li>Week 4 deloads to about 60 % of week 3's volume: 3 sets become 2, and the reps (or hold)
 * are set so that sets x reps is 60 % of week 3's, never above week 3's reps; load goes back to
 * week 1's.</li>
 * <li>PEAK keeps the structure with one set fewer (maintenance). TAPER sessions run at about
 * half of week 1's volume, same way as the deload. RECOVERY sessions are 1 set at the beginner
 * dose, no load.</li>
 * </ul>
 */
public final class WeeklyProgression {

    public static final String CODE = "PROGRESSION";
    public static final double DELOAD_SHARE = 0.6;
    public static final double TAPER_SHARE = 0.5;

    private WeeklyProgression() {
    }

    /**
     * The STRENGTHEN dose of an exercise in a week.
     *
     * @param setsCap    sets allowed by the time budget (at least 1)
     * @param amountCap  the plyometric foot-contact cap on reps or hold seconds, or null
     */
    static Dose dose(CatalogExercise exercise, Level level, TrainingPhase phase, int week,
                     int setsCap, Integer amountCap, boolean loadAllowed) {
        return dose(exercise, LevelRule.dose(exercise, level), phase, week, setsCap, amountCap, loadAllowed);
    }

    /** As above, from a given week-1 dose (the level dose, or tracking's prescription under rule 11). */
    static Dose dose(CatalogExercise exercise, Dose start, TrainingPhase phase, int week,
                     int setsCap, Integer amountCap, boolean loadAllowed) {
        Dose base = start;
        if (!loadAllowed) {
            base = base.withLoad(null);
        }
        base = base.withSets(Math.max(1, Math.min(base.sets(), setsCap)));
        Dose dose = switch (phase) {
            case RECOVERY -> LevelRule.dose(exercise, Level.BEGINNER).withSets(1).withLoad(null);
            case TAPER -> reduced(base, base, TAPER_SHARE);
            default -> regular(exercise, phase == TrainingPhase.PEAK ? base.withSets(Math.max(1, base.sets() - 1)) : base, week);
        };
        if (amountCap != null && dose.amount() > amountCap) {
            dose = dose.withAmount(Math.max(1, amountCap));
        }
        return dose;
    }

    private static Dose regular(CatalogExercise exercise, Dose base, int week) {
        if (week >= 4) {
            return reduced(risen(exercise, base, 3), base, DELOAD_SHARE);
        }
        return risen(exercise, base, week);
    }

    static Dose risen(CatalogExercise exercise, Dose base, int week) {
        int steps = Math.max(0, Math.min(week, 3) - 1);
        if (steps == 0) {
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

    /** share of {@code from}'s volume, with one set fewer when there are 3 or more; load of {@code loadFrom}. */
    static Dose reduced(Dose from, Dose loadFrom, double share) {
        int sets = from.sets() >= 3 ? from.sets() - 1 : from.sets();
        double perSet = from.volume() * share / sets;
        int amount;
        if (from.holdSeconds() != null) {
            amount = Math.min(from.holdSeconds(), DoseRange.roundToFive(perSet));
        } else {
            amount = Math.max(1, Math.min(from.reps(), (int) Math.round(perSet)));
        }
        return from.withSets(sets).withAmount(amount).withLoad(loadFrom.loadKg());
    }

    static String message(int weeks, boolean hasDeload) {
        String s = "The same A/B sessions repeat every week so progress can be tracked; reps rise by 1 in week 2 "
                + "and by 2 in week 3 (holds by 5 and 10 s, load by 5 % at the top of the range)";
        return hasDeload
                ? s + ", and week 4 is a deload at about 60 % of week 3's volume."
                : s + "; this plan has " + weeks + (weeks == 1 ? " week." : " weeks.");
    }
}
