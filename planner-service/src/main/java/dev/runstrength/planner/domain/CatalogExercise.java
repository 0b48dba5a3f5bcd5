package dev.runstrength.planner.domain;

import dev.runstrength.dose.CatalogueDose;
import dev.runstrength.dose.Implement;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One catalogue exercise with what planning needs. Muscle ids are already resolved to their
 * groups: primaryGroups from primaryMuscles, secondaryGroups from secondaryMuscles.
 */
public record CatalogExercise(
        String id,
        String name,
        ExerciseStatus status,
        Set<BlockPhase> phases,
        List<Purpose> purposes,
        Set<MuscleGroup> primaryGroups,
        Set<MuscleGroup> secondaryGroups,
        Level minLevel,
        boolean unilateral,
        Set<Equipment> equipment,
        Impact impact,
        CatalogPrescription prescription,
        Set<PainArea> contraindications,
        List<String> progressions,
        List<String> regressions,
        List<String> cues,
        List<String> cautions,
        Pattern pattern,
        boolean loadable,
        int footContactsPerRep,
        int secondsPerRep,
        boolean deepKneeFlexion) {

    public CatalogExercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        status = status == null ? ExerciseStatus.ACTIVE : status;
        if (phases == null || phases.isEmpty()) {
            throw new IllegalArgumentException(id + ": phases must not be empty");
        }
        if (purposes == null || purposes.isEmpty()) {
            throw new IllegalArgumentException(id + ": purposes must not be empty");
        }
        phases = Set.copyOf(EnumSet.copyOf(phases));
        purposes = List.copyOf(purposes);
        primaryGroups = copy(primaryGroups, MuscleGroup.class);
        secondaryGroups = copy(secondaryGroups, MuscleGroup.class);
        Objects.requireNonNull(minLevel, id + ": minLevel");
        equipment = copy(equipment, Equipment.class);
        impact = impact == null ? Impact.NONE : impact;
        Objects.requireNonNull(prescription, id + ": prescription");
        contraindications = copy(contraindications, PainArea.class);
        progressions = progressions == null ? List.of() : List.copyOf(progressions);
        regressions = regressions == null ? List.of() : List.copyOf(regressions);
        cues = cues == null ? List.of() : List.copyOf(cues);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
        pattern = pattern == null ? Pattern.CORE : pattern;
        // 3 s a rep (slow down, quick up) when the catalogue gives no figure
        secondsPerRep = secondsPerRep <= 0 ? 3 : secondsPerRep;
        footContactsPerRep = Math.max(0, footContactsPerRep);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(values));
    }

    public boolean isActive() {
        return status == ExerciseStatus.ACTIVE;
    }

    public boolean hasPurpose(Purpose purpose) {
        return purposes.contains(purpose);
    }

    public boolean servesPhase(BlockPhase phase) {
        return phases.contains(phase);
    }

    public Purpose mainPurpose() {
        return purposes.get(0);
    }

    public boolean covers(MuscleGroup group) {
        return primaryGroups.contains(group);
    }

    /** The catalogue prescription as the shared dose model reads it: range, load, and the implement carrying the load. */
    public CatalogueDose reference() {
        return new CatalogueDose(prescription.repsMin(), prescription.repsMax(), prescription.holdSeconds(),
                prescription.loadKg(), loadable, Implement.carrying(equipment.stream().map(Enum::name).toList()));
    }
}
