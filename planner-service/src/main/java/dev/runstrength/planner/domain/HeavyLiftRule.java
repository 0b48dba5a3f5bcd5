package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import dev.runstrength.dose.HeavyLiftDose;
import dev.runstrength.dose.Implement;
import dev.runstrength.dose.LoadProgression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DOMAIN rule 4 (v1.1), the heavy main lift: heavy, low-rep work improves running economy more than light
 * high-rep work (Blagrove et al. 2018; Rønnestad &amp; Mujika 2014). INTERMEDIATE and ADVANCED runners
 * with load equipment (barbell, kettlebell or dumbbells) and sessions of {@value #MIN_MINUTES} minutes or
 * more get one in every regular and taper session: a loaded squat, lunge or hinge compound carried by that
 * equipment, the knee-dominant one in session A and the hip-dominant one in B where they exist.
 * <p>
 * Doses are the shared dose model's {@link HeavyLiftDose} (ADVANCED 3-4 x 4-6 at RPE 7-8, INTERMEDIATE
 * 3 x 6-8 at RPE 7) with a {@code targetRpe}; the suggested load is none (the runner picks the load that
 * meets the RPE) unless tracking reported one. A block starts at the lighter end (the fewest sets at the
 * most reps) and intensity rises each week: one rep fewer, and for an advanced runner a fourth set from
 * week 2 and half an RPE point a week (7, 7.5, 8). The deload is about {@link DeloadWeek#SHARE} of week
 * 3's volume at the lowest RPE; PEAK keeps the fewest sets, TAPER halves the volume. Heavy sets rest at
 * least {@value #REST_SECONDS} s.
 * <p>
 * Beside the heavy lift the session's other work is supporting work, as a coach writes it: the single-leg
 * compound leans to the other pattern (a single-leg hinge beside a heavy squat, a split squat or step-up
 * beside a heavy hinge; {@link #partnerPreference}), and every other lower-body compound works at the bottom
 * of its rep range ({@link #supporting}), not at the top: twelve to fifteen body-weight Bulgarian split squats
 * after heavy squats train endurance and tire the legs the heavy sets were for. Pain of
 * {@value PainBand#SEVERE_FROM}/10 or more anywhere rules the heavy lift out: sets near one's limit wait
 * until the pain has settled and a clinician has seen it (DOMAIN rule 5).
 */
public final class HeavyLiftRule implements PlanRule {

    public static final String CODE = "HEAVY_LIFT";
    public static final int MIN_MINUTES = 30;
    public static final int REST_SECONDS = 120;
    static final double RPE_STEP = 0.5;
    /** The edge of a single-leg or extra compound of the other pattern than the heavy lift's (and the handicap of the same). */
    static final int PARTNER = 40;

    @Override
    public String code() {
        return CODE;
    }

    static Optional<HeavyLiftDose> doseFor(Level level) {
        return HeavyLiftDose.forLevel(level.toDose());
    }

    /** Whether this runner's sessions of this kind get a heavy main lift. */
    static boolean applies(PlanningContext ctx, SessionKind kind) {
        RunnerProfile p = ctx.profile();
        return kind != SessionKind.RECOVERY && doseFor(p.level()).isPresent()
                && p.equipment().stream().anyMatch(Equipment::isHeldWeight) && p.minutesPerSession() >= MIN_MINUTES
                && !severePain(ctx);
    }

    private static boolean severePain(PlanningContext ctx) {
        return PainBand.of(ctx.pain().worst()) == PainBand.SEVERE;
    }

    /** Knee-dominant (squat, lunge, step-up) or not: what a supporting lift is paired against. */
    private static boolean kneeDominant(CatalogueExercise e) {
        return e.pattern() == Pattern.SQUAT || e.pattern() == Pattern.LUNGE;
    }

    /**
     * How much a single-leg or extra exercise is favoured beside the session's heavy lift ({@code heavy}, or
     * null when there is none): a compound of the other pattern gains {@value #PARTNER}, one of the same
     * pattern loses as much, anything else is neutral.
     */
    static int partnerPreference(CatalogueExercise e, CatalogueExercise heavy) {
        if (heavy == null || !e.isCompound()) {
            return 0;
        }
        return kneeDominant(e) != kneeDominant(heavy) ? PARTNER : -PARTNER;
    }

    /** A lower-body compound with reps that, beside a heavy lift, is supporting work. */
    static boolean supports(CatalogueExercise e) {
        return e.isCompound() && !e.prescription().isHold();
    }

    /** The level's dose of a supporting lift: the same sets and load, the reps at the bottom of its range. */
    static Dose supporting(CatalogueExercise e, Dose levelDose) {
        if (levelDose.reps() == null) {
            return levelDose;
        }
        return levelDose.withAmount(Math.min(levelDose.reps(), e.reference().range().bottom()));
    }

    /** A loaded squat, lunge or hinge compound whose load a barbell, kettlebell or dumbbells carry. */
    static boolean candidate(CatalogueExercise e) {
        Implement implement = e.reference().implement();
        return e.isCompound() && e.loadable() && e.servesPhase(BlockPhase.STRENGTHEN) && e.reference().repsMin() != null
                && (implement == Implement.BARBELL || implement == Implement.KETTLEBELL || implement == Implement.DUMBBELLS);
    }

    /** Session A leans knee-dominant, B hip-dominant; a barbell carries more than a kettlebell, which carries more than dumbbells. */
    static int preference(CatalogueExercise e, int sessionIndex) {
        boolean hipDominant = e.pattern() == Pattern.HINGE;
        int score = (sessionIndex % 2 == 0) != hipDominant ? 30 : 0;
        return score + switch (e.reference().implement()) {
            case BARBELL -> 60;
            case KETTLEBELL -> 20;
            default -> 0;
        };
    }

    /** Where a block starts: the level's fewest sets at its most reps, no suggested load. */
    static Dose start(Level level) {
        return doseFor(level).orElseThrow().start();
    }

    /** The lift's dose {@code steps} weeks into its block (0-2) from {@code base}. */
    static Dose week(CatalogueExercise e, Level level, Dose base, int steps, boolean peak) {
        HeavyLiftDose h = doseFor(level).orElseThrow();
        int reps = base.reps() <= h.repsMin() ? base.reps() : Math.max(h.repsMin(), base.reps() - steps);
        int sets = base.sets();
        if (peak) {
            sets = Math.min(sets, h.setsMin());
        } else if (steps > 0 && level == Level.ADVANCED) {
            sets = Math.min(h.setsMax(), sets + 1);
        }
        Double load = base.loadKg() == null ? null : LoadProgression.weekly(e.reference().implement(), base.loadKg(), steps);
        return new Dose(sets, reps, null, load);
    }

    static double targetRpe(Level level, int steps) {
        HeavyLiftDose h = doseFor(level).orElseThrow();
        return Math.min(h.targetRpeMax(), h.targetRpeMin() + RPE_STEP * steps);
    }

    static double lowestRpe(Level level) {
        return doseFor(level).orElseThrow().targetRpeMin();
    }

    @Override
    public void explain(PlanOutline plan, RationaleLog log) {
        if (!plan.hasSessions()) {
            return;
        }
        PlanningContext ctx = plan.ctx();
        List<String> lifts = new ArrayList<>();
        for (SessionTemplate t : plan.usedTemplates()) {
            Slot heavy = t.heavyLift();
            if (heavy != null) {
                lifts.add(heavy.exercise().name() + " (" + t.label() + ")");
            }
        }
        if (!lifts.isEmpty()) {
            HeavyLiftDose h = doseFor(ctx.level()).orElseThrow();
            String dose = h.setsMin() == h.setsMax() ? String.valueOf(h.setsMin()) : h.setsMin() + "-" + h.setsMax();
            String rpe = h.targetRpeMin() == h.targetRpeMax() ? rpe(h.targetRpeMin())
                    : rpe(h.targetRpeMin()) + "-" + rpe(h.targetRpeMax());
            log.add(CODE, "A heavy main lift leads each session: " + String.join(", ", lifts) + ". " + dose + " sets of "
                    + h.repsMin() + "-" + h.repsMax() + " reps at RPE " + rpe + " (about " + (int) (10 - h.targetRpeMax())
                    + " reps left in reserve at the end of a set): pick the load that meets it; reps fall and effort "
                    + "rises week by week, because heavy, low-rep work improves running economy most. The other leg "
                    + "work supports it: single-leg work of the other pattern (a hinge beside a squat, a split squat "
                    + "beside a hinge), and other squats, lunges and hinges starting at the bottom of their rep range.");
            return;
        }
        if (doseFor(ctx.level()).isEmpty()) {
            return;
        }
        RunnerProfile p = ctx.profile();
        String why;
        if (p.equipment().stream().noneMatch(Equipment::isHeldWeight)) {
            why = "it needs weights to lift, and your profile lists none";
        } else if (severePain(ctx)) {
            why = "with pain of " + ctx.pain().worst() + "/10, sets near your limit wait until it has settled";
        } else if (p.minutesPerSession() < MIN_MINUTES) {
            why = "a heavy main lift with its long rests needs sessions of " + MIN_MINUTES + " minutes or more";
        } else if (plan.usedTemplates().stream().allMatch(t -> t.kind() == SessionKind.RECOVERY)) {
            why = "race recovery is light work only";
        } else {
            why = p.raceDate() == null ? "no loaded squat, lunge or hinge fits your pain"
                    : "no loaded squat, lunge or hinge fits your pain and the weeks before your race";
        }
        log.add(CODE, "No heavy main lift: " + why + ".");
    }

    private static String rpe(double v) {
        return v == Math.rint(v) ? String.valueOf((int) v) : String.valueOf(v);
    }
}
