package dev.runstrength.catalog.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One catalogue exercise as the contract publishes it, plus our optional planning fields
 * (pattern, loadable, footContactsPerRep, secondsPerRep, deepKneeFlexion, kneeling). Lists and the loads map
 * are immutable; a missing one reads as empty. Derived helpers carry no get/is prefix, so Jackson, which maps these
 * records without annotations, never writes them as extra properties.
 *
 * @param progressions ids of harder variations, nearest first
 * @param loads every pain area the exercise stresses and how much (contract v1.1); an area it does not
 *        name, it does not load. Kept in the order of {@link PainArea}, so it always writes the same JSON.
 * @param regressions ids of easier variations, nearest first
 * @param loadable true when the step after the top of the reps range is adding load (double progression)
 * @param footContactsPerRep ground contacts one rep costs, for the plyometric foot-contact cap; 0 for non-jumps
 * @param secondsPerRep time under tension of one rep for the session-duration estimate; 0 for holds
 * @param deepKneeFlexion the knee bends past about 90 degrees under load (KNEE pain rule)
 * @param kneeling a knee bears weight on the floor during the exercise, which loads KNEE (KNEE pain rule)
 */
public record Exercise(
        String id,
        String name,
        int version,
        ExerciseStatus status,
        List<Phase> phases,
        List<Purpose> purposes,
        List<BodyArea> bodyAreas,
        List<String> primaryMuscles,
        List<String> secondaryMuscles,
        Level minLevel,
        boolean unilateral,
        List<Equipment> equipment,
        Impact impact,
        Prescription prescription,
        List<PainArea> contraindications,
        Map<PainArea, LoadLevel> loads,
        List<String> progressions,
        List<String> regressions,
        List<String> cues,
        List<String> cautions,
        List<Source> sources,
        String description,
        MovementPattern pattern,
        boolean loadable,
        int footContactsPerRep,
        int secondsPerRep,
        boolean deepKneeFlexion,
        boolean kneeling) {

    public Exercise {
        phases = immutable(phases);
        purposes = immutable(purposes);
        bodyAreas = immutable(bodyAreas);
        primaryMuscles = immutable(primaryMuscles);
        secondaryMuscles = immutable(secondaryMuscles);
        equipment = immutable(equipment);
        contraindications = immutable(contraindications);
        loads = immutable(loads);
        progressions = immutable(progressions);
        regressions = immutable(regressions);
        cues = immutable(cues);
        cautions = immutable(cautions);
        sources = immutable(sources);
    }

    private static <T> List<T> immutable(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private static Map<PainArea, LoadLevel> immutable(Map<PainArea, LoadLevel> values) {
        EnumMap<PainArea, LoadLevel> ordered = new EnumMap<>(PainArea.class);
        if (values != null) {
            ordered.putAll(values);
        }
        return Collections.unmodifiableMap(ordered);
    }

    public boolean active() {
        return status == ExerciseStatus.ACTIVE;
    }

    public boolean bodyWeightOnly() {
        return equipment.isEmpty();
    }

    /** Body weight and floor are always available, so only the listed equipment has to be owned. */
    public boolean isDoableWith(Collection<Equipment> owned) {
        return owned.containsAll(equipment);
    }

    public boolean isContraindicatedFor(PainArea area) {
        return contraindications.contains(area);
    }

    /** How much the exercise loads {@code area}; empty when it does not load it. */
    public Optional<LoadLevel> loadOn(PainArea area) {
        return Optional.ofNullable(loads.get(area));
    }

    public boolean servesPhase(Phase phase) {
        return phases.contains(phase);
    }

    public boolean serves(Purpose purpose) {
        return purposes.contains(purpose);
    }

    /** The ladder step tracking moves to when body-weight work tops out. */
    public Optional<String> nearestProgression() {
        return progressions.stream().findFirst();
    }

    public Optional<String> nearestRegression() {
        return regressions.stream().findFirst();
    }

    /** A copy without any progression or regression link to {@code linkedId}, e.g. before that one retires. */
    public Exercise withoutLinkTo(String linkedId) {
        return new Exercise(id, name, version, status, phases, purposes, bodyAreas, primaryMuscles,
                secondaryMuscles, minLevel, unilateral, equipment, impact, prescription, contraindications, loads,
                progressions.stream().filter(link -> !link.equals(linkedId)).toList(),
                regressions.stream().filter(link -> !link.equals(linkedId)).toList(),
                cues, cautions, sources, description, pattern, loadable, footContactsPerRep, secondsPerRep,
                deepKneeFlexion, kneeling);
    }

    public Exercise withStatus(ExerciseStatus newStatus) {
        return new Exercise(id, name, version, newStatus, phases, purposes, bodyAreas, primaryMuscles,
                secondaryMuscles, minLevel, unilateral, equipment, impact, prescription, contraindications, loads,
                progressions, regressions, cues, cautions, sources, description, pattern, loadable,
                footContactsPerRep, secondsPerRep, deepKneeFlexion, kneeling);
    }

    public Exercise withVersion(int newVersion) {
        return new Exercise(id, name, newVersion, status, phases, purposes, bodyAreas, primaryMuscles,
                secondaryMuscles, minLevel, unilateral, equipment, impact, prescription, contraindications, loads,
                progressions, regressions, cues, cautions, sources, description, pattern, loadable,
                footContactsPerRep, secondsPerRep, deepKneeFlexion, kneeling);
    }
}
