package dev.runstrength.planner.mapping;

import dev.runstrength.planner.domain.MuscleGroup;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which coverage group each catalogue muscle belongs to. Exercise events carry the groups of the
 * primary muscles ({@code muscleGroups}) but not of the secondary ones, which the domain keeps
 * too. The table mirrors the catalogue's muscle list (catalog-service's exercises.json,
 * "muscles"; a test keeps them in step); a muscle named after a group (e.g. {@code CORE}) stands
 * for that group, and an unknown muscle counts for no group.
 */
public final class MuscleGroups {

    private static final Map<String, MuscleGroup> BY_MUSCLE = Map.ofEntries(
            Map.entry("GLUTEUS_MAXIMUS", MuscleGroup.GLUTES),
            Map.entry("GLUTEUS_MEDIUS", MuscleGroup.GLUTES),
            Map.entry("DEEP_HIP_ROTATORS", MuscleGroup.GLUTES),
            Map.entry("QUADRICEPS", MuscleGroup.QUADS),
            Map.entry("RECTUS_FEMORIS", MuscleGroup.QUADS),
            Map.entry("HAMSTRINGS", MuscleGroup.HAMSTRINGS),
            Map.entry("GASTROCNEMIUS", MuscleGroup.CALVES),
            Map.entry("SOLEUS", MuscleGroup.CALVES),
            Map.entry("ILIOPSOAS", MuscleGroup.HIP_FLEXORS),
            Map.entry("ADDUCTORS", MuscleGroup.ADDUCTORS),
            Map.entry("TIBIALIS_ANTERIOR", MuscleGroup.SHIN),
            Map.entry("FIBULARIS", MuscleGroup.SHIN),
            Map.entry("FOOT_INTRINSICS", MuscleGroup.FOOT),
            Map.entry("TRANSVERSUS_ABDOMINIS", MuscleGroup.CORE),
            Map.entry("OBLIQUES", MuscleGroup.CORE),
            Map.entry("RECTUS_ABDOMINIS", MuscleGroup.CORE),
            Map.entry("ERECTOR_SPINAE", MuscleGroup.BACK),
            Map.entry("SHOULDER_STABILIZERS", MuscleGroup.UPPER_BODY));

    private MuscleGroups() {
    }

    public static Optional<MuscleGroup> of(String muscle) {
        if (muscle == null) {
            return Optional.empty();
        }
        String id = muscle.trim().toUpperCase(Locale.ROOT);
        MuscleGroup known = BY_MUSCLE.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            return Optional.of(MuscleGroup.valueOf(id));
        } catch (IllegalArgumentException notAGroup) {
            return Optional.empty();
        }
    }

    public static Set<MuscleGroup> of(List<String> muscles) {
        Set<MuscleGroup> groups = EnumSet.noneOf(MuscleGroup.class);
        muscles.forEach(muscle -> of(muscle).ifPresent(groups::add));
        return groups;
    }
}
