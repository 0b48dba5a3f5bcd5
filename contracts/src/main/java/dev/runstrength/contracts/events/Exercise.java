package dev.runstrength.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.runstrength.contracts.model.BlockPhase;
import dev.runstrength.contracts.model.BodyArea;
import dev.runstrength.contracts.model.Equipment;
import dev.runstrength.contracts.model.ExerciseStatus;
import dev.runstrength.contracts.model.Impact;
import dev.runstrength.contracts.model.Level;
import dev.runstrength.contracts.model.LoadLevel;
import dev.runstrength.contracts.model.MovementPattern;
import dev.runstrength.contracts.model.PainArea;
import dev.runstrength.contracts.model.Purpose;

import java.util.List;
import java.util.Map;

/**
 * A catalogue exercise, exactly as {@code GET /exercises/{id}} returns it and as
 * {@code dev.runstrength.catalog.exercise.upserted.v1} carries it. {@code loads} (contract v1.1) names every
 * pain area the exercise stresses and how much; absent (an event from before v1.1) it reads as empty. The
 * fields after {@code sources} are our optional additions (see the catalogue format): absent flags read as
 * false, absent contact counts as 0.
 * {@code muscleGroups} (also optional) is derived by catalog-service from the primary muscles, so that
 * consumers can check coverage (glutes, quads, calves, ...) without the catalogue's muscle list.
 */
public record Exercise(
        String id,
        String name,
        int version,
        ExerciseStatus status,
        List<BlockPhase> phases,
        List<Purpose> purposes,
        List<BodyArea> bodyAreas,
        List<String> primaryMuscles,
        List<String> secondaryMuscles,
        Level minLevel,
        boolean unilateral,
        List<Equipment> equipment,
        Impact impact,
        Dose prescription,
        List<PainArea> contraindications,
        Map<PainArea, LoadLevel> loads,
        List<String> progressions,
        List<String> regressions,
        List<String> cues,
        List<String> cautions,
        List<Source> sources,
        @JsonInclude(JsonInclude.Include.NON_NULL) String description,
        @JsonInclude(JsonInclude.Include.NON_NULL) MovementPattern pattern,
        Boolean loadable,
        Integer footContactsPerRep,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double secondsPerRep,
        Boolean deepKneeFlexion,
        Boolean kneeling,
        List<String> muscleGroups) {

    public Exercise {
        phases = Defaults.orEmpty(phases);
        purposes = Defaults.orEmpty(purposes);
        bodyAreas = Defaults.orEmpty(bodyAreas);
        primaryMuscles = Defaults.orEmpty(primaryMuscles);
        secondaryMuscles = Defaults.orEmpty(secondaryMuscles);
        equipment = Defaults.orEmpty(equipment);
        contraindications = Defaults.orEmpty(contraindications);
        loads = Defaults.orEmpty(loads, PainArea.class);
        progressions = Defaults.orEmpty(progressions);
        regressions = Defaults.orEmpty(regressions);
        cues = Defaults.orEmpty(cues);
        cautions = Defaults.orEmpty(cautions);
        sources = Defaults.orEmpty(sources);
        loadable = Defaults.or(loadable, Boolean.FALSE);
        footContactsPerRep = Defaults.or(footContactsPerRep, 0);
        deepKneeFlexion = Defaults.or(deepKneeFlexion, Boolean.FALSE);
        kneeling = Defaults.or(kneeling, Boolean.FALSE);
        muscleGroups = Defaults.orEmpty(muscleGroups);
    }

    /**
     * The catalogue's reference prescription: either a rep range ({@code repsMin}-{@code repsMax}) or a hold.
     * {@code loadKg} is our optional addition.
     */
    public record Dose(
            int sets,
            Integer repsMin,
            Integer repsMax,
            Integer holdSeconds,
            boolean perSide,
            String tempo,
            int restSeconds,
            Double loadKg) {
    }

    public record Source(String title, String url) {
    }
}
