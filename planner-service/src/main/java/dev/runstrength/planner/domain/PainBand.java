package dev.runstrength.planner.domain;

/**
 * Bands of a pain severity, after the Silbernagel pain-monitoring model (Silbernagel et al. 2007):
 * 0-2 acceptable, 3-5 caution, 6 and over too much. The model calls 0-3 acceptable; the planner starts
 * the caution band at 3 so that a pain at the edge of acceptable already keeps the heaviest loads away
 * (DOMAIN rule 5).
 */
public enum PainBand {
    NONE, MILD, CAUTION, SEVERE;

    public static final int CAUTION_FROM = 3;
    public static final int SEVERE_FROM = 6;

    public static PainBand of(int severity) {
        if (severity >= SEVERE_FROM) {
            return SEVERE;
        }
        if (severity >= CAUTION_FROM) {
            return CAUTION;
        }
        return severity > 0 ? MILD : NONE;
    }

    /** The heaviest load an area in this band may take: HIGH below the caution band, MODERATE in it, LOW when severe. */
    public LoadLevel mostLoad() {
        return switch (this) {
            case NONE, MILD -> LoadLevel.HIGH;
            case CAUTION -> LoadLevel.MODERATE;
            case SEVERE -> LoadLevel.LOW;
        };
    }
}
