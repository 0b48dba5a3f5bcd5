package dev.runstrength.catalog.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole seed file: its version, the muscles it names and its exercises. */
public record Catalogue(int catalogVersion, List<Muscle> muscles, List<Exercise> exercises) {

    public Catalogue {
        muscles = muscles == null ? List.of() : List.copyOf(muscles);
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
    }

    /** Exercises by id in file order; a duplicate id keeps the first (checkAll reports duplicates). */
    public Map<String, Exercise> exercisesById() {
        return exercises.stream().collect(Collectors.toMap(Exercise::id, Function.identity(),
                (first, second) -> first, LinkedHashMap::new));
    }

    public Map<String, Muscle> musclesById() {
        return muscles.stream().collect(Collectors.toMap(Muscle::id, Function.identity(),
                (first, second) -> first, LinkedHashMap::new));
    }

    public Optional<Exercise> exercise(String id) {
        return exercises.stream().filter(exercise -> exercise.id().equals(id)).findFirst();
    }
}
