package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import dev.runstrength.dose.DoseRange;

/**
 * The deload week, in one place (DOMAIN "Planner": week 4 a deload, about 40 % less volume). The fourth
 * week of every training block is a deload when it is a regular training week (BASE, BUILD, PEAK,
 * GENERAL); a taper or race-recovery week is lighter for its own reasons and is not called one. The
 * deload dose is about {@value #SHARE} of the week before it: 3 sets become 2, the reps (or hold) set so
 * that sets x reps is that share, never above the week before, load back to week 1's.
 */
public final class DeloadWeek {

    public static final int BLOCK_WEEKS = 4;
    public static final int WEEK = 4;
    public static final double SHARE = 0.6;

    private DeloadWeek() {
    }

    public static boolean is(CalendarWeek week) {
        return week.blockWeek() == WEEK && week.phase().isRegular();
    }

    /** {@code share} of {@code from}'s volume, with one set fewer when there are 3 or more; load of {@code loadFrom}. */
    public static Dose reduced(Dose from, Dose loadFrom, double share) {
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

    static String sentence(int weekNumber) {
        return "week " + weekNumber + " is a deload at about " + Math.round(SHARE * 100) + " % of the week before it";
    }
}
