package dev.runstrength.planner.domain;

/**
 * DOMAIN rule 6. PLYOMETRIC or HIGH-impact exercises only for INTERMEDIATE and ADVANCED runners,
 * without avoidJumping, without leg pain of 3 or more, and never in TAPER (nor RECOVERY, which is
 * mobility and light work only).
 * <p>
 * Foot contacts per session are capped: BEGINNER {@value #BEGINNER_CAP} (low drills only),
 * INTERMEDIATE {@value #INTERMEDIATE_CAP}, ADVANCED {@value #ADVANCED_CAP}. NSCA guidance puts a
 * beginner to plyometrics at 80-100 contacts a session, intermediate 100-120; a runner already
 * takes thousands of contacts a week running, so each band is taken below its bottom: our
 * intermediate lifter is an NSCA plyometric beginner (60, three quarters of 80), our advanced
 * lifter an NSCA intermediate (100, below 100-120's upper end by the running load).
 * A hold with foot contacts (rope jumping) counts footContactsPerRep per second.
 */
public final class PlyometricsGate {

    public static final String CODE = "PLYOMETRICS";
    public static final int BEGINNER_CAP = 40;
    public static final int INTERMEDIATE_CAP = 60;
    public static final int ADVANCED_CAP = 100;

    private PlyometricsGate() {
    }

    public static boolean isPlyometric(CatalogExercise exercise) {
        return exercise.hasPurpose(Purpose.PLYOMETRIC) || exercise.impact() == Impact.HIGH;
    }

    /** Null when plyometrics are open, else the reason they are closed. */
    static String closedReason(Level level, boolean avoidJumping, PainPicture pain, TrainingPhase phase) {
        if (level == Level.BEGINNER) {
            return "as a beginner you build strength first";
        }
        if (avoidJumping) {
            return "you asked to avoid jumping";
        }
        if (pain.worstLeg() >= PainExclusionRule.EXCLUDE_FROM) {
            return "you have leg pain of 3 or more";
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
}
