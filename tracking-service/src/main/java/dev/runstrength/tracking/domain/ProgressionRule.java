package dev.runstrength.tracking.domain;

import java.util.Optional;

/**
 * One named rule of DOMAIN.md "Tracking and progression". Rules are tried in the order of
 * {@link ProgressionRules#STANDARD}; the first that decides wins. A rule is a pure function: it can
 * be run on any case to see what it would decide.
 */
public interface ProgressionRule {

    /** Stable name, carried in every change as {@code rule}. */
    String name();

    Optional<Verdict> decide(ExerciseCase c);
}
