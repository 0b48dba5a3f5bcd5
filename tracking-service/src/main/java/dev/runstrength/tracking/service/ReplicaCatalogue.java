package dev.runstrength.tracking.service;

import dev.runstrength.contracts.events.Exercise;
import dev.runstrength.replica.CatalogReplica;
import dev.runstrength.tracking.domain.CatalogueView;
import dev.runstrength.tracking.domain.ExerciseInfo;
import dev.runstrength.tracking.mapping.ExerciseMapping;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The catalogue replica as the engine reads it during one replay: active exercises up front,
 * retired ones (still judged when a runner performed them) looked up on demand.
 */
final class ReplicaCatalogue implements CatalogueView {

    private static final Logger LOG = Logger.getLogger(ReplicaCatalogue.class);

    private final CatalogReplica replica;
    private final Map<String, Optional<ExerciseInfo>> known = new HashMap<>();

    ReplicaCatalogue(CatalogReplica replica) {
        this.replica = replica;
        for (Exercise exercise : replica.active()) {
            known.put(exercise.id(), info(exercise, true));
        }
    }

    @Override
    public Optional<ExerciseInfo> find(String exerciseId) {
        return known.computeIfAbsent(exerciseId, id -> replica.find(id).flatMap(exercise -> info(exercise, false)));
    }

    private static Optional<ExerciseInfo> info(Exercise exercise, boolean active) {
        try {
            return Optional.of(ExerciseMapping.toDomain(exercise, active));
        } catch (IllegalArgumentException unusable) {
            // e.g. a dose with neither reps nor a hold: the engine cannot judge it, so it counts as unknown
            LOG.warnf("Catalogue exercise %s cannot be judged: %s", exercise.id(), unusable.getMessage());
            return Optional.empty();
        }
    }
}
