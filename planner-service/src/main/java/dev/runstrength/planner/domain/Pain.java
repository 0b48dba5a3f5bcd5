package dev.runstrength.planner.domain;

import java.util.Objects;

/** A current niggle: area and severity 0-10. */
public record Pain(PainArea area, int severity) {
    public Pain {
        Objects.requireNonNull(area, "area");
        if (severity < 0 || severity > 10) {
            throw new IllegalArgumentException("severity must be 0-10, was " + severity);
        }
    }
}
