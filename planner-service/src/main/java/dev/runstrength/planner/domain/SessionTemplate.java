package dev.runstrength.planner.domain;

import java.util.List;

/** The exercises of one session (A, B, taper, recovery) that every week repeats. */
record SessionTemplate(String label, TemplateKind kind, List<Slot> prepare, List<Slot> strengthen, List<Slot> recover,
                       boolean setsCut, List<String> dropped) {

    SessionTemplate {
        prepare = List.copyOf(prepare);
        strengthen = List.copyOf(strengthen);
        recover = List.copyOf(recover);
        dropped = List.copyOf(dropped);
    }
}
