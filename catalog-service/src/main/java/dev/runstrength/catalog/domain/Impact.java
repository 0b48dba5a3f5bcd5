package dev.runstrength.catalog.domain;

/** Ground-reaction load of one rep: NONE for floor work, LOW for walking and drills, HIGH for jumps. */
public enum Impact {
    NONE, LOW, HIGH
}
