package dev.runstrength.planner.domain;

/**
 * DOMAIN rule 1 (seed 000): every session runs PREPARE (at least one MOBILIZE and one ACTIVATE),
 * STRENGTHEN, then RECOVER (at least one FLUSH or STRETCH).
 * PREPARE and RECOVER work is never a jump (no foot contacts, no HIGH impact) so that it stays
 * outside the plyometric cap and can be lengthened freely to fill the time budget.
 */
public final class ThreePhaseStructure {

    public static final String CODE = "THREE_PHASES";

    private ThreePhaseStructure() {
    }

    public static boolean mobilizes(CatalogExercise e) {
        return e.servesPhase(BlockPhase.PREPARE) && e.hasPurpose(Purpose.MOBILIZE) && isGentle(e);
    }

    public static boolean activates(CatalogExercise e) {
        return e.servesPhase(BlockPhase.PREPARE) && e.hasPurpose(Purpose.ACTIVATE) && isGentle(e);
    }

    public static boolean recovers(CatalogExercise e) {
        return e.servesPhase(BlockPhase.RECOVER) && (e.hasPurpose(Purpose.FLUSH) || e.hasPurpose(Purpose.STRETCH))
                && isGentle(e);
    }

    static boolean isGentle(CatalogExercise e) {
        return e.footContactsPerRep() == 0 && e.impact() != Impact.HIGH;
    }

    static String message() {
        return "Every session has three phases: PREPARE (mobilise, then activate), STRENGTHEN, and RECOVER "
                + "(flush or stretch).";
    }
}
