package dev.runstrength.tracking.domain;

/** Which side a set was recorded for; BOTH when the app did not split sides. */
public enum Side {
    LEFT, RIGHT, BOTH
}
