package dev.runstrength.catalog.domain;

import java.util.List;
import java.util.Map;

/**
 * A kneeling exercise loads KNEE HIGH: DOMAIN rule 5 allows no kneeling position with knee pain of 3 or
 * more, even where the movement itself spares the knee (a kneeling hip-flexor stretch, a knee plank).
 */
public final class KneelingLoadsKnee implements IntegrityRule {

    @Override
    public List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue) {
        LoadLevel knee = candidate.loads().get(PainArea.KNEE);
        if (!candidate.kneeling() || knee == LoadLevel.HIGH) {
            return List.of();
        }
        return List.of(Violation.of("loads.KNEE", "HIGH because kneeling is true", knee));
    }
}
