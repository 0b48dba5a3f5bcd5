package dev.runstrength.planner.domain;

/** Which kind of session a template is for: the regular A/B sessions, taper or race recovery. */
enum TemplateKind {
    REGULAR, TAPER, RECOVERY;

    static TemplateKind of(TrainingPhase phase) {
        return switch (phase) {
            case TAPER -> TAPER;
            case RECOVERY -> RECOVERY;
            default -> REGULAR;
        };
    }
}
