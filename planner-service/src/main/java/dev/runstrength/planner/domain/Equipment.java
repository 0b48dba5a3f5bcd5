package dev.runstrength.planner.domain;

public enum Equipment {
    WALL, STEP, BOX, RESISTANCE_BAND, MINI_BAND, DUMBBELLS, KETTLEBELL, BARBELL, BENCH, JUMP_ROPE, FOAM_ROLLER;

    /** A weight held or carried (barbell, kettlebell, dumbbells): what makes a lift heavy. */
    public boolean isHeldWeight() {
        return this == BARBELL || this == KETTLEBELL || this == DUMBBELLS;
    }
}
