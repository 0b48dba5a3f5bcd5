package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * DOMAIN rule 10. A week's phase is read at its first day from the days until the race, counted in
 * started weeks (1-7 days = 1 week away): more than 16 weeks BASE, 16-7 BUILD, 6-3 PEAK, 2-1 TAPER; from
 * race day to 13 days after RECOVERY; no race (or one two weeks past or more) GENERAL.
 * <ul>
 * <li>The plan ends the day before the race when the race comes first, and says what comes after it.</li>
 * <li>No strength work in the {@value #NO_STRENGTH_DAYS_BEFORE_RACE} days before the race, on race day, or
 * in the {@value #NO_STRENGTH_DAYS_AFTER_RACE} days after it (v1.1).</li>
 * <li>PEAK: at most {@value #PEAK_MAX_SESSIONS} sessions, one set fewer (maintenance). TAPER:
 * {@value #TAPER_SESSIONS} session a week at about half volume ({@value #TAPER_SHARE} of week 1's).
 * PEAK and TAPER bring in nothing new (v1.1): a session first used in them holds only exercises the runner
 * has had (in the current plan or tracking's state) or that this plan brought in earlier; a runner with no
 * history gets no new power work there.</li>
 * <li>RECOVERY: light work only: beginner-level, no-impact, no-load strength work that loads no area heavily, one
 * set, and no foot strikes in any block. After it the
 * runner starts a new block at the week-1 dose ({@link BlockCalendar}).</li>
 * <li>A dose tracking sends is taken as is in any phase; PEAK and TAPER reduce the level doses only, and
 * recovery weeks take tracking's dose only when it is light (one set, no load).</li>
 * </ul>
 */
public final class TrainingPhaseRule implements PlanRule {

    public static final String CODE = "TRAINING_PHASE";
    public static final int PLAN_WEEKS = 4;
    public static final int NO_STRENGTH_DAYS_BEFORE_RACE = 5;
    public static final int NO_STRENGTH_DAYS_AFTER_RACE = 4;
    public static final int RECOVERY_DAYS = 14;
    public static final int PEAK_MAX_SESSIONS = 2;
    public static final int TAPER_SESSIONS = 1;
    public static final double TAPER_SHARE = 0.5;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public boolean allows(CatalogueExercise e, Placement where, PlanningContext ctx) {
        if (where.kind() == SessionKind.RECOVERY) {
            return !e.isFootStrike() && (where.block() != BlockPhase.STRENGTHEN || isLight(e));
        }
        boolean nothingNew = where.kind() == SessionKind.TAPER || where.firstPhase() == TrainingPhase.PEAK;
        if (!nothingNew || where.block() != BlockPhase.STRENGTHEN) {
            return true;
        }
        if (ctx.hasHistory()) {
            return ctx.known().contains(e.id()) || ctx.introduced().contains(e.id());
        }
        return !e.isPower();
    }

    /**
     * Light work for race recovery: beginner-level, no impact, no power, no load, and nothing that loads any area
     * heavily (no Nordic curl, squat or lunge on legs that have just raced).
     */
    static boolean isLight(CatalogueExercise e) {
        return e.minLevel() == Level.BEGINNER && e.impact() == Impact.NONE && e.footContactsPerRep() == 0
                && !e.isPower() && !e.loadable() && !e.loads().containsValue(LoadLevel.HIGH);
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

    /** Whether a strength session may fall on this date. */
    public static boolean allowsSessionOn(LocalDate date, LocalDate raceDate) {
        if (raceDate == null) {
            return true;
        }
        long until = ChronoUnit.DAYS.between(date, raceDate);
        return until > NO_STRENGTH_DAYS_BEFORE_RACE || -until > NO_STRENGTH_DAYS_AFTER_RACE;
    }

    public static int sessionsFor(TrainingPhase phase, int sessionsPerWeek) {
        return switch (phase) {
            case PEAK -> Math.min(PEAK_MAX_SESSIONS, sessionsPerWeek);
            case TAPER -> TAPER_SESSIONS;
            default -> sessionsPerWeek;
        };
    }

    /** A level dose in PEAK: one set fewer (maintenance). */
    static Dose peak(Dose levelDose) {
        return levelDose.withSets(Math.max(1, levelDose.sets() - 1));
    }

    /** A level dose in TAPER: about half its volume. */
    static Dose taper(Dose levelDose) {
        return DeloadWeek.reduced(levelDose, levelDose, TAPER_SHARE);
    }

    /** A recovery week's shape of dose: one set, no load. */
    static boolean lightSingleSet(Dose dose) {
        return dose.sets() == 1 && !dose.loaded();
    }

    /** Whether tracking's dose is the shape of a recovery week's where the level does more than one set. */
    static boolean isRecoveryDose(Dose dose, Level level) {
        return lightSingleSet(dose) && level.sets() > 1;
    }

    /** Whether a week belongs to the block that starts once a race's recovery weeks are over (rule 10). */
    static boolean firstBlockAfterRecovery(CalendarWeek week, LocalDate race) {
        if (race == null || week.phase() == TrainingPhase.RECOVERY || week.blockWeek() == 0) {
            return false;
        }
        LocalDate blockStart = week.startsOn().minusWeeks(week.blockWeek() - 1L);
        long days = ChronoUnit.DAYS.between(race, blockStart);
        return days >= 0 && days < RECOVERY_DAYS + 7;
    }

    /** Race recovery: one set at the beginner dose, no load; tracking's dose when it is as light. */
    static Dose recovery(CatalogueExercise e, Dose fromTracking) {
        if (fromTracking != null && lightSingleSet(fromTracking)) {
            return fromTracking;
        }
        return e.levelDose(Level.BEGINNER).withSets(1).withLoad(null);
    }

    @Override
    public void explain(PlanOutline plan, RationaleLog log) {
        PlanningContext ctx = plan.ctx();
        LocalDate race = ctx.profile().raceDate();
        if (race == null) {
            log.add(CODE, "No race date, so this is a GENERAL plan.");
            return;
        }
        Map<TrainingPhase, List<Integer>> byPhase = new LinkedHashMap<>();
        List<Integer> empty = new ArrayList<>();
        for (Week w : plan.weeks()) {
            if (w.sessions().isEmpty()) {
                empty.add(w.number());
            } else {
                byPhase.computeIfAbsent(plan.phaseOf(w), p -> new ArrayList<>()).add(w.number());
            }
        }
        List<String> parts = new ArrayList<>();
        byPhase.forEach((phase, weeks) -> parts.add((weeks.size() == 1 ? "week " : "weeks ")
                + weeks.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " " + phase.name()
                + " (" + meaning(phase) + ")"));
        StringBuilder s = new StringBuilder("Race on " + race + ": ");
        s.append(parts.isEmpty() ? "no strength session fits before it" : String.join("; ", parts)).append('.');
        if (!empty.isEmpty()) {
            s.append(empty.size() == 1 ? " Week " : " Weeks ")
                    .append(empty.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    .append(empty.size() == 1 ? " holds no session:" : " hold no session:")
                    .append(" no strength work in the ").append(NO_STRENGTH_DAYS_BEFORE_RACE)
                    .append(" days before your race or the ").append(NO_STRENGTH_DAYS_AFTER_RACE).append(" days after it.");
        }
        LocalDate last = plan.weeks().get(plan.weeks().size() - 1).startsOn().plusDays(6);
        if (race.isAfter(ctx.calendar().start()) && !race.isAfter(last.plusDays(1))) {
            s.append(" The plan ends the day before your race. After it: no strength work for ")
                    .append(NO_STRENGTH_DAYS_AFTER_RACE).append(" days, then two weeks of light recovery sessions, then a "
                            + "new block from week-1 doses.");
        } else if (plan.weeks().stream().anyMatch(w -> plan.phaseOf(w) == TrainingPhase.RECOVERY)
                && ctx.calendar().blockStart() != null) {
            s.append(" After the recovery weeks a new block starts from week-1 doses.");
        }
        boolean nothingNew = byPhase.containsKey(TrainingPhase.PEAK) || byPhase.containsKey(TrainingPhase.TAPER);
        if (nothingNew) {
            s.append(ctx.hasHistory() ? " Close to the race nothing new comes in: only exercises you have already done."
                    : " We have no record of earlier plans, so the weeks before your race bring in no new power work.");
        }
        log.add(CODE, s.toString());
    }

    private static String meaning(TrainingPhase phase) {
        return switch (phase) {
            case BASE -> "building a base";
            case BUILD -> "power and plyometrics where allowed";
            case PEAK -> "maintenance, at most " + PEAK_MAX_SESSIONS + " sessions, one set fewer";
            case TAPER -> "1 session at about half volume";
            case RECOVERY -> "light work after your race";
            case GENERAL -> "no race ahead";
        };
    }
}
