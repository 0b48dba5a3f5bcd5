package dev.runstrength.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Primary and secondary muscles are ids from the catalogue's muscle list. */
public final class MusclesKnown implements IntegrityRule {

    private final Set<String> muscleIds;

    public MusclesKnown(Set<String> muscleIds) {
        this.muscleIds = Set.copyOf(muscleIds);
    }

    @Override
    public List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue) {
        List<Violation> violations = new ArrayList<>();
        checkList("primaryMuscles", candidate.primaryMuscles(), violations);
        checkList("secondaryMuscles", candidate.secondaryMuscles(), violations);
        return violations;
    }

    private void checkList(String field, List<String> muscles, List<Violation> violations) {
        for (int i = 0; i < muscles.size(); i++) {
            if (!muscleIds.contains(muscles.get(i))) {
                violations.add(Violation.of(field + "[" + i + "]", "one of the catalogue's muscle ids",
                        muscles.get(i)));
            }
        }
    }
}
