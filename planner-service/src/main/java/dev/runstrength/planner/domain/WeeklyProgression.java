package dev.runstrength.planner.domain;

/**
 * The 4-week A/B structure: the same sessions every week so that progression can act.
 * <ul>
 * <li>Weeks 1-3 rise: week 2 adds 1 rep (or 5 s of hold), week 3 adds 2 reps (10 s), never past
 * the top of the rep range; an exercise already at the top with a load gets +5 % load a week
 * (at least 0.5 kg) instead.</li>
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
    static final double LOAD_STEP = 0.05;

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
        return dose(exercise, LevelDose.dose(exercise, level), phase, week, setsCap, amountCap, loadAllowed);
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
            case RECOVERY -> LevelDose.dose(exercise, Level.BEGINNER).withSets(1).withLoad(null);
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
        CatalogPrescription p = exercise.prescription();
        if (base.holdSeconds() != null) {
            return base.withAmount(base.holdSeconds() + 5 * steps);
        }
        int reps = Math.min(p.repsMax(), base.reps() + steps);
        Dose risen = base.withAmount(reps);
        if (base.loadKg() != null && base.reps() + steps > p.repsMax()) {
            double step = Math.max(0.5, roundHalf(base.loadKg() * LOAD_STEP));
            risen = risen.withLoad(roundHalf(base.loadKg() + step * steps));
        }
        return risen;
    }

    /** share of {@code from}'s volume, with one set fewer when there are 3 or more; load of {@code loadFrom}. */
    static Dose reduced(Dose from, Dose loadFrom, double share) {
        int sets = from.sets() >= 3 ? from.sets() - 1 : from.sets();
        double perSet = from.volume() * share / sets;
        int amount;
        if (from.holdSeconds() != null) {
            amount = Math.min(from.holdSeconds(), LevelDose.roundToFive(perSet));
        } else {
            amount = Math.max(1, Math.min(from.reps(), (int) Math.round(perSet)));
        }
        return from.withSets(sets).withAmount(amount).withLoad(loadFrom.loadKg());
    }

    static double roundHalf(double kg) {
        return Math.round(kg * 2) / 2.0;
    }

    static String message(int weeks, boolean hasDeload) {
        String s = "The same A/B sessions repeat every week so progress can be tracked; reps rise by 1 in week 2 "
                + "and by 2 in week 3 (holds by 5 and 10 s, load by 5 % at the top of the range)";
        return hasDeload
                ? s + ", and week 4 is a deload at about 60 % of week 3's volume."
                : s + "; this plan has " + weeks + (weeks == 1 ? " week." : " weeks.");
    }
}
