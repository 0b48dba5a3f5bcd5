package dev.runstrength.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every contraindicated area is also loaded HIGH. A contraindication says "not with pain of 3 or more
 * here", which is what HIGH says in {@code loads}; keeping the two in step means a reader that works from
 * {@code loads} alone (the v1.1 pain rule) never offers what the contraindications forbid.
 */
public final class ContraindicationsAreLoaded implements IntegrityRule {

    @Override
    public List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue) {
        List<Violation> violations = new ArrayList<>();
        for (PainArea area : candidate.contraindications()) {
            LoadLevel load = candidate.loads().get(area);
            if (load != LoadLevel.HIGH) {
                violations.add(Violation.of("loads." + area, "HIGH because " + area + " is a contraindication", load));
            }
        }
        return violations;
    }
}
