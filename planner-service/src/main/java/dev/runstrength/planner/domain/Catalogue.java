package dev.runstrength.planner.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The active exercises the planner may use, by id in id order (so iteration is deterministic). */
public final class Catalogue {

    private final Map<String, CatalogueExercise> byId;
    private final List<CatalogueExercise> active;
    private final Ladders ladders;

    private Catalogue(Map<String, CatalogueExercise> byId) {
        this.byId = Collections.unmodifiableMap(byId);
        this.active = List.copyOf(byId.values());
        this.ladders = new Ladders(active);
    }

    /** Keeps only ACTIVE exercises: a retired exercise is never planned again. */
    public static Catalogue of(Collection<CatalogueExercise> exercises) {
        Map<String, CatalogueExercise> map = new TreeMap<>();
        for (CatalogueExercise exercise : exercises) {
            if (exercise.isActive()) {
                map.put(exercise.id(), exercise);
            }
        }
        return new Catalogue(map);
    }

    public Optional<CatalogueExercise> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Active exercises ordered by id. */
    public List<CatalogueExercise> exercises() {
        return active;
    }

    /** The ladders the active exercises' progression and regression links form. */
    public Ladders ladders() {
        return ladders;
    }

    public int size() {
        return active.size();
    }
}
