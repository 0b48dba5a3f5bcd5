package dev.runstrength.replica;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.cloudevents.InboundEvent;
import dev.runstrength.contracts.events.Exercise;
import dev.runstrength.contracts.ContractJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps this service's copy of the catalogue from {@code catalog.exercises}. Versions only move
 * forward: a replayed or late event for an older version changes nothing, so the replica converges
 * on the catalogue whatever the delivery order.
 *
 * <p>The active exercises are parsed once and kept until the table changes: every read compares the
 * row count and the sum of versions (any upsert or retirement raises one of them) with those of the
 * kept copy, one small query instead of reading and parsing every exercise for every plan or workout.
 * Replicas of a service share the table, so the check is made against the database, not in memory.
 */
@ApplicationScoped
public class CatalogReplica {

    public static final String CONSUMER = "catalog-replica";

    private record Parsed(ReplicatedExerciseRepository.Stamp stamp, List<Exercise> active) {
    }

    private final ReplicatedExerciseRepository rows;
    private volatile Parsed parsed;

    public CatalogReplica(ReplicatedExerciseRepository rows) {
        this.rows = rows;
    }

    /** Applies an upserted or retired event; returns true when the replica changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(EventKind kind, InboundEvent event) {
        JsonNode data = event.data();
        String id = data.path("id").asText();
        int version = data.path("version").asInt();
        ReplicatedExerciseEntity row = rows.findById(id);
        if (row != null && row.version >= version) {
            return false;
        }
        boolean isNew = row == null;
        if (isNew) {
            row = new ReplicatedExerciseEntity();
            row.id = id;
            // retired before we ever saw it: remember the retirement so a late, older upsert stays out
            row.payload = "{}";
        }
        if (kind == EventKind.EXERCISE_RETIRED) {
            row.status = "RETIRED";
        } else {
            row.status = data.path("status").asText("ACTIVE");
            row.payload = data.toString();
        }
        row.version = version;
        row.updatedAt = Instant.now();
        // fields first: the insert carries the row as it is at persist()
        if (isNew) {
            rows.persist(row);
        }
        return true;
    }

    /** The exercises that may be planned: active and fully known, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Exercise> active() {
        ReplicatedExerciseRepository.Stamp stamp = rows.stamp();
        Parsed kept = parsed;
        if (kept != null && kept.stamp().equals(stamp)) {
            return kept.active();
        }
        List<Exercise> active = rows.active().stream().map(CatalogReplica::read).toList();
        parsed = new Parsed(stamp, active);
        return active;
    }

    /** Any exercise ever seen, retired ones included (their last active content). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Exercise> find(String id) {
        return rows.findByIdOptional(id)
                .filter(row -> !"{}".equals(row.payload))
                .map(CatalogReplica::read);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long activeCount() {
        return rows.countActive();
    }

    private static Exercise read(ReplicatedExerciseEntity row) {
        return ContractJson.read(row.payload, Exercise.class);
    }
}
