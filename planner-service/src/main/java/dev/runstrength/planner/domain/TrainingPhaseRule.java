package dev.runstrength.planner.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * DOMAIN rule 10. A week's phase is read at its first day from the days until the race, counted in
 * started weeks (1-7 days = 1 week away): more than 16 weeks BASE, 16-7 BUILD, 6-3 PEAK,
 * 2-1 TAPER; from race day to 13 days after RECOVERY; no race (or a race more than two weeks
 * past) GENERAL. The plan covers 4 weeks from its start, fewer when the race comes first: it ends
 * the day before the race. No strength work in the {@value #NO_STRENGTH_DAYS_BEFORE_RACE} days
 * before the race.
 */
public final class TrainingPhaseRule {

    public static final String CODE = "TRAINING_PHASE";
    public static final int PLAN_WEEKS = 4;
    public static final int NO_STRENGTH_DAYS_BEFORE_RACE = 5;
    public static final int RECOVERY_DAYS = 14;
    public static final int PEAK_MAX_SESSIONS = 2;
    public static final int TAPER_SESSIONS = 1;

    private TrainingPhaseRule() {
    }

    public static TrainingPhase phaseOn(LocalDate weekStart, LocalDate raceDate) {
        if (raceDate == null) {
            return TrainingPhase.GENERAL;
        }
        long days = ChronoUnit.DAYS.between(weekStart, raceDate);
        if (days <= 0) {
            return -days < RECOVERY_DAYS ? TrainingPhase.RECOVERY : TrainingPhase.GENERAL;
        }
        long weeks = (days + 6) / 7;
        if (weeks > 16) {
            return TrainingPhase.BASE;
        }
        if (weeks >= 7) {
            return TrainingPhase.BUILD;
        }
        return weeks >= 3 ? TrainingPhase.PEAK : TrainingPhase.TAPER;
    }

    public static int weeks(LocalDate start, LocalDate raceDate) {
        if (raceDate == null || !raceDate.isAfter(start)) {
            return PLAN_WEEKS;
        }
        long days = ChronoUnit.DAYS.between(start, raceDate);
        return (int) Math.min(PLAN_WEEKS, (days + 6) / 7);
    }

    /** Whether a strength session may fall on this date. */
    public static boolean allowsSessionOn(LocalDate date, LocalDate raceDate) {
        if (raceDate == null || date.isAfter(raceDate)) {
            return true;
        }
        return ChronoUnit.DAYS.between(date, raceDate) > NO_STRENGTH_DAYS_BEFORE_RACE;
    }

    public static int sessionsFor(TrainingPhase phase, int sessionsPerWeek) {
        return switch (phase) {
            case PEAK -> Math.min(PEAK_MAX_SESSIONS, sessionsPerWeek);
            case TAPER -> TAPER_SESSIONS;
            default -> sessionsPerWeek;
        };
    }
}
