package dev.runstrength.tracking.domain;

import java.util.List;

/**
 * The rules in the order they are tried. Pain above 5 comes first (it overrides everything, even a
 * deload); the deload comes before the caution-zone hold because it lowers the dose further; the
 * last rule always decides.
 */
public final class ProgressionRules {

    public static final List<ProgressionRule> STANDARD = List.of(
            new TooMuchPain(),
            new DeloadDose(),
            new PainCaution(),
            new SkippedExercise(),
            new RegressAfterTwoFailures(),
            new ProgressAfterTwoSuccesses(),
            new KeepDose());

    private ProgressionRules() {
    }
}
