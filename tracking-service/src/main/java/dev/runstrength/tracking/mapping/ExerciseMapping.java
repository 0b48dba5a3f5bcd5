package dev.runstrength.tracking.mapping;

import dev.runstrength.contracts.events.Exercise;
import dev.runstrength.dose.BlockPhase;
import dev.runstrength.tracking.domain.AreaLoad;
import dev.runstrength.tracking.domain.ExerciseInfo;
import dev.runstrength.tracking.domain.ExerciseStatus;
import dev.runstrength.tracking.domain.PainArea;
import dev.runstrength.tracking.domain.RunnerLevel;
import java.util.stream.Collectors;

/** A replicated catalogue exercise into tracking's {@link ExerciseInfo}. */
public final class ExerciseMapping {

    private ExerciseMapping() {
    }

    /**
     * @param active whether the catalogue lists the exercise as active now; the replica keeps the
     *               last active content of a retired exercise, so its payload alone cannot say
     */
    public static ExerciseInfo toDomain(Exercise exercise, boolean active) {
        Exercise.Dose dose = exercise.prescription();
        return new ExerciseInfo(exercise.id(), exercise.name(), exercise.unilateral(), dose != null && dose.perSide(),
                Boolean.TRUE.equals(exercise.loadable()),
                dose == null ? null : dose.repsMin(), dose == null ? null : dose.repsMax(),
                dose == null ? null : dose.holdSeconds(), dose == null ? null : dose.loadKg(),
                exercise.progressions(), exercise.regressions(),
                exercise.minLevel() == null ? RunnerLevel.BEGINNER : RunnerLevel.valueOf(exercise.minLevel().name()),
                active ? ExerciseStatus.ACTIVE : ExerciseStatus.RETIRED,
                exercise.phases().stream().map(p -> BlockPhase.valueOf(p.name())).collect(Collectors.toSet()),
                exercise.equipment().stream().map(Enum::name).toList(),
                exercise.bodyAreas().stream().map(Enum::name).toList(),
                exercise.contraindications().stream().map(a -> PainArea.valueOf(a.name())).collect(Collectors.toSet()),
                exercise.loads().entrySet().stream().collect(Collectors.toMap(
                        e -> PainArea.valueOf(e.getKey().name()), e -> AreaLoad.valueOf(e.getValue().name()))));
    }
}
