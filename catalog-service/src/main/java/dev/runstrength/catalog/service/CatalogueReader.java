package dev.runstrength.catalog.service;

import dev.runstrength.catalog.domain.Exercise;
import dev.runstrength.catalog.domain.ExerciseFilter;
import dev.runstrength.catalog.domain.ExerciseStatus;
import dev.runstrength.catalog.mapping.ExerciseMapper;
import dev.runstrength.catalog.persistence.ExerciseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Reads the catalogue. A runner's catalogue is a few hundred exercises at most, so a search loads
 * the candidate rows and applies the pure {@link ExerciseFilter}; no query language to keep in step.
 */
@ApplicationScoped
public class CatalogueReader {

    private final ExerciseRepository exercises;

    public CatalogueReader(ExerciseRepository exercises) {
        this.exercises = exercises;
    }

    public Optional<Exercise> find(String id) {
        return exercises.findByIdOptional(id).map(row -> ExerciseMapper.fromStored(row.payload));
    }

    public ExerciseFilter.Page search(ExerciseFilter filter, int page, int size) {
        List<Exercise> candidates = switch (filter.status()) {
            case ALL -> exercises.listAll().stream().map(row -> ExerciseMapper.fromStored(row.payload)).toList();
            default -> exercises.withStatus(ExerciseStatus.valueOf(filter.status().name())).stream()
                    .map(row -> ExerciseMapper.fromStored(row.payload)).toList();
        };
        return filter.apply(candidates, page, size);
    }
}
