package dev.runstrength.catalog.domain;

import java.util.List;
import java.util.Map;

/** DOMAIN rule 5: with knee pain, no loaded deep knee flexion, so such work names KNEE. */
public final class DeepKneeFlexionGuardsKnee implements IntegrityRule {

    @Override
    public List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue) {
        if (!candidate.deepKneeFlexion() || candidate.isContraindicatedFor(PainArea.KNEE)) {
            return List.of();
        }
        return List.of(Violation.of("contraindications", "KNEE because deepKneeFlexion is true",
                candidate.contraindications()));
    }
}
