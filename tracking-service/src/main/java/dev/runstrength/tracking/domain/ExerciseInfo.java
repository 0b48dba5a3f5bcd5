package dev.runstrength.tracking.domain;

import dev.runstrength.dose.BlockPhase;
import dev.runstrength.dose.CatalogueDose;
import dev.runstrength.dose.DoseRange;
import dev.runstrength.dose.Implement;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What tracking needs of a catalogue exercise: its dose range, whether load is its progression and
 * what carries the load ({@code equipment}), its ladder ({@code progressions} harder,
 * {@code regressions} easier, nearest first), the blocks it serves, and the body areas it loads
 * (see {@link #loadsArea}). Exactly one of (repsMin, repsMax) and holdSeconds is set.
 */
public record ExerciseInfo(String id, String name, boolean unilateral, boolean perSide, boolean loadable,
                           Integer repsMin, Integer repsMax, Integer holdSeconds, Double loadKg,
                           List<String> progressions, List<String> regressions,
                           RunnerLevel minLevel, ExerciseStatus status,
                           Set<BlockPhase> phases, List<String> equipment, List<String> bodyAreas,
                           Set<PainArea> contraindications, Map<PainArea, AreaLoad> loads) {

    public ExerciseInfo {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required");
        }
        name = name == null ? id : name;
        progressions = progressions == null ? List.of() : List.copyOf(progressions);
        regressions = regressions == null ? List.of() : List.copyOf(regressions);
        minLevel = minLevel == null ? RunnerLevel.BEGINNER : minLevel;
        status = status == null ? ExerciseStatus.ACTIVE : status;
        if (repsMin == null && repsMax == null && holdSeconds == null) {
            throw new IllegalArgumentException(id + ": one of repsMin/repsMax or holdSeconds is required");
        }
        if (repsMin == null && repsMax != null) {
            repsMin = repsMax;
        }
        if (repsMax == null && repsMin != null) {
            repsMax = repsMin;
        }
        phases = phases == null || phases.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(phases));
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
        bodyAreas = bodyAreas == null ? List.of() : List.copyOf(bodyAreas);
        contraindications = contraindications == null || contraindications.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(contraindications));
        loads = loads == null || loads.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(loads));
    }

    /** An exercise known only by its dose and ladder (no blocks, equipment or areas). */
    public ExerciseInfo(String id, String name, boolean unilateral, boolean perSide, boolean loadable,
                        Integer repsMin, Integer repsMax, Integer holdSeconds, Double loadKg,
                        List<String> progressions, List<String> regressions,
                        RunnerLevel minLevel, ExerciseStatus status) {
        this(id, name, unilateral, perSide, loadable, repsMin, repsMax, holdSeconds, loadKg, progressions, regressions,
                minLevel, status, Set.of(), List.of(), List.of(), Set.of(), Map.of());
    }

    /** Sets are counted per side (LEFT and RIGHT lanes). */
    public boolean sided() {
        return unilateral || perSide;
    }

    public boolean countsHold() {
        return repsMin == null;
    }

    /** The catalogue prescription as the shared dose model reads it. */
    public CatalogueDose reference() {
        return new CatalogueDose(repsMin, repsMax, holdSeconds, loadKg, loadable, Implement.carrying(equipment));
    }

    /** Bottom of the dose range: repsMin, or two thirds of the catalogue hold (see {@link DoseRange}). */
    public int rangeBottom() {
        return reference().range().bottom();
    }

    /** Where progression stops: repsMax, or twice the catalogue hold (see {@link DoseRange}). */
    public int rangeTop() {
        return reference().range().cap();
    }

    public boolean active() {
        return status == ExerciseStatus.ACTIVE;
    }

    /**
     * The block a workout's exercise counts as when the plan does not say: STRENGTHEN when the exercise
     * serves it (or the catalogue names no blocks), else its first support block.
     */
    public BlockPhase usualPhase() {
        if (phases.isEmpty() || phases.contains(BlockPhase.STRENGTHEN)) {
            return BlockPhase.STRENGTHEN;
        }
        return phases.contains(BlockPhase.PREPARE) ? BlockPhase.PREPARE : BlockPhase.RECOVER;
    }

    /**
     * True when doing this exercise loads the area, so that a workout of it is evidence about pain there.
     * From the catalogue's {@code loads} when it has them (any level, LOW included: at severity 6 and more
     * the planner prescribes nothing above LOW, and a flag must still be able to clear); otherwise from
     * {@code contraindications} and {@code bodyAreas} ({@link PainAreas#loadedBy}).
     */
    public boolean loadsArea(PainArea area) {
        if (!loads.isEmpty()) {
            return loads.containsKey(area);
        }
        return contraindications.contains(area) || PainAreas.loadedBy(bodyAreas).contains(area);
    }
}
