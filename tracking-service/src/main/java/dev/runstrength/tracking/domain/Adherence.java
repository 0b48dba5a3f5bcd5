package dev.runstrength.tracking.domain;

/** How much of the current plan has been done; see {@link AdherenceCount} for the exact counting. */
public record Adherence(int plannedSessions, int completedSessions, double rate, int streakWeeks) {

    public static final Adherence NONE = new Adherence(0, 0, 0.0, 0);
}
