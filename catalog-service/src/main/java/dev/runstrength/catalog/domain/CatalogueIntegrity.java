package dev.runstrength.catalog.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The one entry point for the catalogue's integrity rules, on every write and for the whole seed. */
public final class CatalogueIntegrity {

    public static final List<IntegrityRule> RULES = List.of(
            new RequiredFields(),
            new SlugRule(),
            new DoseConsistency(),
            new LadderLinksResolve(),
            new LaddersAcyclic(),
            new ProgressionNotEasier(),
            new JumpsAreGated(),
            new DeepKneeFlexionGuardsKnee(),
            new LoadsDeclared(),
            new FootStrikeLoadsTheLowerLeg(),
            new KneelingLoadsKnee(),
            new ContraindicationsAreLoaded(),
            new DoseFitsFootContactCap());

    private CatalogueIntegrity() {
    }

    /** Violations of writing {@code candidate} into {@code catalogue} (muscle ids not checked). */
    public static List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue) {
        return check(candidate, catalogue, RULES);
    }

    /** As {@link #check(Exercise, Map)}, and every muscle id must be one of {@code muscles}. */
    public static List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue,
            Collection<Muscle> muscles) {
        List<IntegrityRule> rules = new ArrayList<>(RULES);
        rules.add(new MusclesKnown(muscles.stream().map(Muscle::id).collect(Collectors.toSet())));
        return check(candidate, catalogue, rules);
    }

    /** Every exercise checked against all the others; fields are prefixed with the exercise id. */
    public static List<Violation> checkAll(Collection<Exercise> exercises) {
        return checkAll(exercises, RULES);
    }

    /**
     * Violations {@code after} has that {@code before} did not: what a write of several exercises at once
     * (a seed upgrade) would break. A row someone wrote through the API under older rules (say, without
     * {@code loads}) is left as it is by an upgrade, so its own violations must not stop the upgrade.
     */
    public static List<Violation> introducedBy(Collection<Exercise> before, Collection<Exercise> after) {
        Set<String> existing = checkAll(before).stream().map(Violation::message).collect(Collectors.toSet());
        return checkAll(after).stream().filter(violation -> !existing.contains(violation.message())).toList();
    }

    /** The whole seed file: exercises, muscle references and the muscle list itself. */
    public static List<Violation> checkAll(Catalogue catalogue) {
        List<Violation> violations = new ArrayList<>(checkMuscles(catalogue.muscles()));
        List<IntegrityRule> rules = new ArrayList<>(RULES);
        rules.add(new MusclesKnown(catalogue.musclesById().keySet()));
        violations.addAll(checkAll(catalogue.exercises(), rules));
        return violations;
    }

    private static List<Violation> checkAll(Collection<Exercise> exercises, List<IntegrityRule> rules) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Exercise> byId = new LinkedHashMap<>();
        for (Exercise exercise : exercises) {
            if (byId.putIfAbsent(exercise.id(), exercise) != null) {
                violations.add(Violation.of("exercises[" + exercise.id() + "].id", "a unique id", exercise.id()));
            }
        }
        for (Exercise exercise : byId.values()) {
            for (Violation violation : check(exercise, byId, rules)) {
                String prefix = "exercises[" + exercise.id() + "].";
                violations.add(new Violation(prefix + violation.field(), prefix + violation.message()));
            }
        }
        return violations;
    }

    private static List<Violation> checkMuscles(List<Muscle> muscles) {
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Muscle muscle : muscles) {
            String field = "muscles[" + muscle.id() + "]";
            if (!seen.add(muscle.id())) {
                violations.add(Violation.of(field + ".id", "a unique id", muscle.id()));
            }
            if (muscle.id() == null || !muscle.id().matches("^[A-Z][A-Z0-9_]*$")) {
                violations.add(Violation.of(field + ".id", "an upper-case identifier", muscle.id()));
            }
            if (muscle.name() == null || muscle.name().isBlank()) {
                violations.add(Violation.of(field + ".name", "a non-blank name", muscle.name()));
            }
            if (muscle.group() == null) {
                violations.add(Violation.of(field + ".group", "a muscle group", null));
            }
        }
        return violations;
    }

    private static List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue,
            List<IntegrityRule> rules) {
        List<Violation> violations = new ArrayList<>();
        for (IntegrityRule rule : rules) {
            violations.addAll(rule.check(candidate, catalogue));
        }
        return violations;
    }
}
