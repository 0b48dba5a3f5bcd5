package dev.runstrength.tracking.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Tracking's read of the exercise catalogue. */
public interface CatalogueView {

    Optional<ExerciseInfo> find(String exerciseId);

    static CatalogueView of(Collection<ExerciseInfo> exercises) {
        Map<String, ExerciseInfo> byId = exercises.stream()
                .collect(Collectors.toUnmodifiableMap(ExerciseInfo::id, Function.identity()));
        return id -> Optional.ofNullable(byId.get(id));
    }
}
