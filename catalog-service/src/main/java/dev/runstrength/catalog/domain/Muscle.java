package dev.runstrength.catalog.domain;

import java.util.List;

/** A muscle the catalogue names, with its coverage group and what it does for running speed. */
public record Muscle(String id, String name, MuscleGroup group, List<RunningRole> runningRoles) {

    public Muscle {
        runningRoles = runningRoles == null ? List.of() : List.copyOf(runningRoles);
    }
}
