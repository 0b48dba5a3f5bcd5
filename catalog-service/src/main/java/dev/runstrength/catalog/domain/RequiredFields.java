package dev.runstrength.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The contract's required Exercise fields are present and non-empty where the contract says so. */
public final class RequiredFields implements IntegrityRule {

    @Override
    public List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue) {
        List<Violation> violations = new ArrayList<>();
        if (candidate.name() == null || candidate.name().isBlank()) {
            violations.add(Violation.of("name", "a non-blank name", candidate.name()));
        }
        if (candidate.version() < 1) {
            violations.add(Violation.of("version", "an integer of at least 1", candidate.version()));
        }
        requireValue(violations, "status", candidate.status());
        requireValue(violations, "minLevel", candidate.minLevel());
        requireValue(violations, "impact", candidate.impact());
        requireValue(violations, "prescription", candidate.prescription());
        requireNonEmpty(violations, "phases", candidate.phases());
        requireNonEmpty(violations, "purposes", candidate.purposes());
        requireNonEmpty(violations, "bodyAreas", candidate.bodyAreas());
        requireNonEmpty(violations, "primaryMuscles", candidate.primaryMuscles());
        requireNonEmpty(violations, "sources", candidate.sources());
        for (int i = 0; i < candidate.sources().size(); i++) {
            Source source = candidate.sources().get(i);
            if (source.title() == null || source.title().isBlank()) {
                violations.add(Violation.of("sources[" + i + "].title", "a non-blank title", source.title()));
            }
        }
        return violations;
    }

    private static void requireValue(List<Violation> violations, String field, Object value) {
        if (value == null) {
            violations.add(Violation.of(field, "a value", null));
        }
    }

    private static void requireNonEmpty(List<Violation> violations, String field, List<?> values) {
        if (values.isEmpty()) {
            violations.add(Violation.of(field, "at least one entry", values));
        }
    }
}
