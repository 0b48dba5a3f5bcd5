package dev.runstrength.planner.mapping;

import dev.runstrength.contracts.events.Exercise;
import dev.runstrength.planner.domain.BlockPhase;
import dev.runstrength.planner.domain.CatalogueExercise;
import dev.runstrength.planner.domain.CataloguePrescription;
import dev.runstrength.planner.domain.Catalogue;
import dev.runstrength.planner.domain.Equipment;
import dev.runstrength.planner.domain.ExerciseStatus;
import dev.runstrength.planner.domain.Impact;
import dev.runstrength.planner.domain.Level;
import dev.runstrength.planner.domain.LoadLevel;
import dev.runstrength.planner.domain.PainArea;
import dev.runstrength.planner.domain.Pattern;
import dev.runstrength.planner.domain.Purpose;
import dev.runstrength.planner.domain.MuscleGroup;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/** The replicated catalogue (wire exercises) as the planner's domain reads it. */
public final class CatalogueMapping {

    private static final Logger LOG = Logger.getLogger(CatalogueMapping.class);

    private CatalogueMapping() {
    }

    /**
     * One exercise the domain cannot accept (the contract let it through, the core's stricter
     * guards did not) is left out with a warning rather than stopping every plan.
     */
    public static Catalogue toCatalogue(List<Exercise> exercises) {
        List<CatalogueExercise> mapped = new ArrayList<>(exercises.size());
        for (Exercise exercise : exercises) {
            try {
                mapped.add(toDomain(exercise));
            } catch (RuntimeException e) {
                LOG.warnf("Exercise %s left out of planning: %s", exercise.id(), e.getMessage());
            }
        }
        return Catalogue.of(mapped);
    }

    /**
     * The catalogue publishes the groups of the primary muscles (muscleGroups); an exercise
     * published without them has its groups looked up from its muscles.
     */
    static Set<MuscleGroup> primaryGroups(Exercise e) {
        if (e.muscleGroups().isEmpty()) {
            return MuscleGroups.of(e.primaryMuscles());
        }
        Set<MuscleGroup> groups = EnumSet.noneOf(MuscleGroup.class);
        for (String group : e.muscleGroups()) {
            MuscleGroups.of(group).ifPresent(groups::add);
        }
        return groups;
    }

    public static CatalogueExercise toDomain(Exercise e) {
        Exercise.Dose dose = e.prescription();
        if (dose == null) {
            throw new IllegalArgumentException(e.id() + ": prescription is missing");
        }
        CataloguePrescription prescription = new CataloguePrescription(dose.sets(), dose.repsMin(), dose.repsMax(),
                dose.holdSeconds(), dose.perSide(), dose.tempo(), dose.restSeconds(), dose.loadKg());
        return new CatalogueExercise(
                e.id(),
                e.name(),
                Enums.byName(e.status(), ExerciseStatus.class),
                Enums.setByName(e.phases(), BlockPhase.class),
                Enums.listByName(e.purposes(), Purpose.class),
                primaryGroups(e),
                MuscleGroups.of(e.secondaryMuscles()),
                Enums.byName(e.minLevel(), Level.class),
                e.unilateral(),
                Enums.setByName(e.equipment(), Equipment.class),
                Enums.byName(e.impact(), Impact.class),
                prescription,
                Enums.setByName(e.contraindications(), PainArea.class),
                e.progressions(),
                e.regressions(),
                e.cues(),
                e.cautions(),
                Enums.byName(e.pattern(), Pattern.class),
                e.loadable(),
                e.footContactsPerRep(),
                // the domain counts whole seconds; round a fractional figure up so durations are never underestimated
                e.secondsPerRep() == null ? 0 : (int) Math.ceil(e.secondsPerRep()),
                e.deepKneeFlexion(),
                loads(e),
                Boolean.TRUE.equals(e.kneeling()));
    }

    /** What the exercise loads, by pain area (contract v1.1); an exercise published without it loads nothing named. */
    static Map<PainArea, LoadLevel> loads(Exercise e) {
        Map<PainArea, LoadLevel> loads = new EnumMap<>(PainArea.class);
        e.loads().forEach((area, level) -> loads.put(Enums.byName(area, PainArea.class), Enums.byName(level, LoadLevel.class)));
        return loads;
    }
}
