package dev.runstrength.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A progression is never easier than its source: its minLevel is at least the source's, unless it
 * adds external load. Mirrored for regressions: never harder, unless the source is the loaded one.
 */
public final class ProgressionNotEasier implements IntegrityRule {

    @Override
    public List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue) {
        List<Violation> violations = new ArrayList<>();
        if (candidate.minLevel() == null) {
            return violations;
        }
        for (int i = 0; i < candidate.progressions().size(); i++) {
            Exercise harder = catalogue.get(candidate.progressions().get(i));
            if (harder != null && harder.minLevel() != null
                    && candidate.minLevel().above(harder.minLevel()) && !addsLoad(harder, candidate)) {
                violations.add(Violation.of("progressions[" + i + "]",
                        "an exercise of minLevel " + candidate.minLevel() + " or above, or one that adds load",
                        harder.id() + " (minLevel " + harder.minLevel() + ")"));
            }
        }
        for (int i = 0; i < candidate.regressions().size(); i++) {
            Exercise easier = catalogue.get(candidate.regressions().get(i));
            if (easier != null && easier.minLevel() != null
                    && easier.minLevel().above(candidate.minLevel()) && !addsLoad(candidate, easier)) {
                violations.add(Violation.of("regressions[" + i + "]",
                        "an exercise of minLevel " + candidate.minLevel() + " or below",
                        easier.id() + " (minLevel " + easier.minLevel() + ")"));
            }
        }
        return violations;
    }

    static boolean addsLoad(Exercise harder, Exercise easier) {
        return load(harder) > load(easier);
    }

    private static double load(Exercise exercise) {
        Prescription dose = exercise.prescription();
        return dose == null || dose.loadKg() == null ? 0.0 : dose.loadKg();
    }
}
