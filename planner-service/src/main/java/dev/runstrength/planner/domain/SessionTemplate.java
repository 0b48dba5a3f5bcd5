package dev.runstrength.planner.domain;

import java.util.List;

/**
 * The exercises of one session (A, B, taper, recovery) that every week of its kind repeats, with what
 * its design could not do: {@code missing} names unmet needs (no compound lift, no single-leg work),
 * {@code dropped} the exercises the time budget left out, {@code setsCut} whether it cut sets below the
 * level's, {@code shortened} the warm-up or cool-down exercises it gave less than tracking's dose.
 */
record SessionTemplate(String label, SessionKind kind, TrainingPhase firstPhase, List<Slot> prepare,
                       List<Slot> strengthen, List<Slot> recover, boolean setsCut, List<String> dropped,
                       List<String> missing, List<String> shortened) {

    SessionTemplate {
        prepare = List.copyOf(prepare);
        strengthen = List.copyOf(strengthen);
        recover = List.copyOf(recover);
        dropped = List.copyOf(dropped);
        missing = List.copyOf(missing);
        shortened = List.copyOf(shortened);
    }

    List<Slot> block(BlockPhase phase) {
        return switch (phase) {
            case PREPARE -> prepare;
            case STRENGTHEN -> strengthen;
            case RECOVER -> recover;
        };
    }

    Slot heavyLift() {
        return strengthen.stream().filter(Slot::heavy).findFirst().orElse(null);
    }
}
