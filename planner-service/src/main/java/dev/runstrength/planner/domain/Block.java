package dev.runstrength.planner.domain;

import java.util.List;

public record Block(BlockPhase phase, List<PrescribedExercise> exercises) {
    public Block {
        exercises = List.copyOf(exercises);
    }
}
