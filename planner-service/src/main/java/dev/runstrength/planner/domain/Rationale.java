package dev.runstrength.planner.domain;

import java.util.Objects;

/** Why the plan looks as it does: a stable code and a sentence a runner can read. */
public record Rationale(String code, String message) {
    public Rationale {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
