package dev.runstrength.planner.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * DOMAIN rule 6. PLYOMETRIC or HIGH-impact exercises only for INTERMEDIATE and ADVANCED runners, without
 * avoidJumping, without leg pain of 3 or more or any pain of 6 or more (then no high impact at all, rule
 * 5), and never in TAPER or race recovery. {@code avoidJumping} also rules out foot-strike drills
 * (A-skips, dribbles, skipping) and explosive push-offs (v1.1).
 * <p>
 * Power work is wanted by ADVANCED runners, SPEED goals and BUILD weeks; at most
 * {@value #MOST_JUMP_EXERCISES} jump exercises a session. Foot contacts per session are capped: BEGINNER
 * {@value #BEGINNER_CAP} (low drills only), INTERMEDIATE {@value #INTERMEDIATE_CAP}, ADVANCED
 * {@value #ADVANCED_CAP}. NSCA guidance puts a beginner to plyometrics at 80-100 contacts a session,
 * intermediate 100-120; a runner already takes thousands of contacts a week running, so each band is taken
 * below its bottom: our intermediate lifter is an NSCA plyometric beginner (60, three quarters of 80), our
 * advanced lifter an NSCA intermediate (100). A hold with foot contacts (rope) counts one per second.
 * <p>
 * Introduction (v1.1): a runner who has had no jumps (none in the current plan or tracking's state)
 * starts at {@value #FIRST_WEEK_PERCENT} % of the cap in their first week of jumps, then
 * {@value #SECOND_WEEK_PERCENT} % and {@value #THIRD_WEEK_PERCENT} %; a deload week takes
 * {@value #FIRST_WEEK_PERCENT} % at any time.
 */
public final class PlyometricsGate implements PlanRule {

    public static final String CODE = "PLYOMETRICS";
    public static final int BEGINNER_CAP = 40;
    public static final int INTERMEDIATE_CAP = 60;
    public static final int ADVANCED_CAP = 100;
    public static final int MOST_JUMP_EXERCISES = 2;
    public static final int FIRST_WEEK_PERCENT = 50;
    public static final int SECOND_WEEK_PERCENT = 65;
    public static final int THIRD_WEEK_PERCENT = 80;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public boolean allows(CatalogueExercise e, Placement where, PlanningContext ctx) {
        RunnerProfile p = ctx.profile();
        if (p.avoidJumping() && e.isFootStrikeOrExplosivePushOff()) {
            return false;
        }
        return !e.isPlyometric() || closedReason(p.level(), false, ctx.pain(), phaseOf(where)) == null;
    }

    private static TrainingPhase phaseOf(Placement where) {
        return switch (where.kind()) {
            case TAPER -> TrainingPhase.TAPER;
            case RECOVERY -> TrainingPhase.RECOVERY;
            case REGULAR -> where.firstPhase();
        };
    }

    /** Null when plyometrics are open, else the reason they are closed. */
    static String closedReason(Level level, boolean avoidJumping, PainPicture pain, TrainingPhase phase) {
        if (level == Level.BEGINNER) {
            return "as a beginner you build strength first";
        }
        if (avoidJumping) {
            return "you asked to avoid jumping";
        }
        if (pain.severeAnywhere()) {
            return "pain of " + PainBand.SEVERE_FROM + "/10 or more rules out high-impact work";
        }
        if (pain.worstLeg() >= PainBand.CAUTION_FROM) {
            return "you have leg pain of " + PainBand.CAUTION_FROM + "/10 or more";
        }
        if (phase == TrainingPhase.TAPER) {
            return "you are tapering for your race";
        }
        if (phase == TrainingPhase.RECOVERY) {
            return "you are recovering from your race";
        }
        return null;
    }

    public static boolean open(Level level, boolean avoidJumping, PainPicture pain, TrainingPhase phase) {
        return closedReason(level, avoidJumping, pain, phase) == null;
    }

    /** Power work is wanted by advanced runners, SPEED goals, and everyone eligible in BUILD weeks. */
    static boolean powerWanted(PlanningContext ctx, List<CalendarWeek> weeks) {
        RunnerProfile p = ctx.profile();
        return p.level() == Level.ADVANCED || p.goal() == Goal.SPEED
                || weeks.stream().anyMatch(w -> w.phase() == TrainingPhase.BUILD);
    }

    public static int contactCap(Level level) {
        return switch (level) {
            case BEGINNER -> BEGINNER_CAP;
            case INTERMEDIATE -> INTERMEDIATE_CAP;
            case ADVANCED -> ADVANCED_CAP;
        };
    }

    public static int contacts(int footContactsPerRep, int sets, Integer reps, Integer holdSeconds, boolean perSide) {
        int perSet = reps != null ? reps : holdSeconds;
        return footContactsPerRep * sets * perSet * (perSide ? 2 : 1);
    }

    /**
     * The foot contacts a session of this week may hold: the cap, or during a runner's introduction to
     * jumps the week's share of it ({@code jumpWeek} is 1 for their first regular week with jumps).
     */
    static int weekCap(Level level, boolean introduction, int jumpWeek, boolean deload) {
        int cap = contactCap(level);
        if (deload) {
            return cap * FIRST_WEEK_PERCENT / 100;
        }
        if (!introduction) {
            return cap;
        }
        int percent = switch (jumpWeek) {
            case 1 -> FIRST_WEEK_PERCENT;
            case 2 -> SECOND_WEEK_PERCENT;
            case 3 -> THIRD_WEEK_PERCENT;
            default -> 100;
        };
        return cap * percent / 100;
    }

    @Override
    public void explain(PlanOutline plan, RationaleLog log) {
        if (!plan.hasSessions()) {
            return;
        }
        PlanningContext ctx = plan.ctx();
        RunnerProfile p = ctx.profile();
        int cap = contactCap(p.level());
        List<String> jumps = plan.strengthNames(CatalogueExercise::isPlyometric);
        List<String> closed = new ArrayList<>();
        for (CalendarWeek w : ctx.calendar().weeks()) {
            String reason = closedReason(p.level(), p.avoidJumping(), ctx.pain(), w.phase());
            if (reason != null && !closed.contains(reason)) {
                closed.add(reason);
            }
        }
        String s;
        if (!jumps.isEmpty()) {
            s = "Jumps in this plan: " + String.join(", ", jumps) + ", at most " + cap + " foot contacts a session";
            s += plan.jumpIntroduction()
                    ? "; as they are new to you, the first week starts at about half of that and builds week by week."
                    : ".";
            if (!closed.isEmpty()) {
                s += " None where " + String.join("; ", closed) + ".";
            }
        } else if (!closed.isEmpty()) {
            s = "No jumps or high-impact work: " + String.join("; ", closed) + ".";
        } else {
            s = "No jumps in this plan: jumps come with an advanced level, a SPEED goal or BUILD weeks, and only "
                    + "where they fit your time and the weeks before a race.";
        }
        if (p.avoidJumping()) {
            s += " No skips, dribbles or explosive push-offs either.";
        }
        log.add(CODE, s);
    }
}
