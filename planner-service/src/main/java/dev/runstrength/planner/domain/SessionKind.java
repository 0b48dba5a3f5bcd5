package dev.runstrength.planner.domain;

/** Which kind of session a template is for: the regular A/B sessions, the taper session or race recovery. */
public enum SessionKind {
    REGULAR, TAPER, RECOVERY;

    public static SessionKind of(TrainingPhase phase) {
        return switch (phase) {
            case TAPER -> TAPER;
            case RECOVERY -> RECOVERY;
            default -> REGULAR;
        };
    }
}
