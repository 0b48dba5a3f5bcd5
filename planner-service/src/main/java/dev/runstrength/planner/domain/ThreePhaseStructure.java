package dev.runstrength.planner.domain;

/**
 * DOMAIN rule 1 (seed 000): every session runs PREPARE (at least one MOBILIZE and one ACTIVATE),
 * STRENGTHEN, then RECOVER (at least one FLUSH or STRETCH). An exercise goes only in a block it serves.
 * PREPARE and RECOVER work is never a jump (no foot contacts, no HIGH impact), so it stays outside the
 * plyometric cap.
 */
public final class ThreePhaseStructure implements PlanRule {

    public static final String CODE = "THREE_PHASES";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public boolean allows(CatalogueExercise e, Placement where, PlanningContext ctx) {
        return switch (where.block()) {
            case PREPARE -> mobilizes(e) || activates(e);
            case STRENGTHEN -> e.servesPhase(BlockPhase.STRENGTHEN);
            case RECOVER -> recovers(e);
        };
    }

    public static boolean mobilizes(CatalogueExercise e) {
        return e.servesPhase(BlockPhase.PREPARE) && e.hasPurpose(Purpose.MOBILIZE) && isGentle(e);
    }

    public static boolean activates(CatalogueExercise e) {
        return e.servesPhase(BlockPhase.PREPARE) && e.hasPurpose(Purpose.ACTIVATE) && isGentle(e);
    }

    public static boolean recovers(CatalogueExercise e) {
        return e.servesPhase(BlockPhase.RECOVER) && (e.hasPurpose(Purpose.FLUSH) || e.hasPurpose(Purpose.STRETCH))
                && isGentle(e);
    }

    static boolean isGentle(CatalogueExercise e) {
        return e.footContactsPerRep() == 0 && e.impact() != Impact.HIGH;
    }

    @Override
    public void explain(PlanOutline plan, RationaleLog log) {
        if (!plan.hasSessions()) {
            return;
        }
        log.add(CODE, "Every session has three phases: PREPARE (mobilise, then activate), STRENGTHEN, and RECOVER "
                + "(flush or stretch).");
        for (SessionTemplate t : plan.usedTemplates()) {
            if (t.prepare().stream().noneMatch(s -> s.purpose() == Purpose.MOBILIZE)) {
                log.add(CODE, t.label() + " has no mobilising exercise: none fits your equipment, level and pain.");
            }
            if (t.prepare().stream().noneMatch(s -> s.purpose() == Purpose.ACTIVATE)) {
                log.add(CODE, t.label() + " has no activation exercise: none fits your equipment, level and pain.");
            }
            if (t.recover().isEmpty()) {
                log.add(CODE, t.label() + " has no flush or stretch: none fits your equipment, level and pain.");
            }
        }
    }
}
