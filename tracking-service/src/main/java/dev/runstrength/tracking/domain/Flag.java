package dev.runstrength.tracking.domain;

/**
 * Something the runner or the planner should notice; area is set for PAIN flags when the runner named
 * one, and severity (0-10) is the reported pain a PAIN flag carries (null on other flags).
 */
public record Flag(FlagType type, PainArea area, Integer severity, String message) {

    public Flag(FlagType type, PainArea area, String message) {
        this(type, area, null, message);
    }
}
