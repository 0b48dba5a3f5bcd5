package dev.runstrength.catalog.domain;

import java.util.List;
import java.util.Map;

/**
 * Every active exercise names at least one area it loads (contract v1.1). The planner's pain rule works
 * from {@code loads}, and an exercise that names none would read as loading nothing: it would be given
 * to every runner whatever hurts.
 */
public final class LoadsDeclared implements IntegrityRule {

    @Override
    public List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue) {
        if (candidate.status() == ExerciseStatus.RETIRED || !candidate.loads().isEmpty()) {
            return List.of();
        }
        return List.of(Violation.of("loads", "at least one pain area with LOW, MODERATE or HIGH", candidate.loads()));
    }
}
