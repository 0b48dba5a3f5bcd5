package dev.runstrength.replica;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.cloudevents.InboundEvent;
import dev.runstrength.contracts.events.Exercise;
import dev.runstrength.contracts.ContractJson;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

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

    private record Parsed(long rows, long versions, List<Exercise> active) {
    }

    private volatile Parsed parsed;

    /** Applies an upserted or retired event; returns true when the replica changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(EventKind kind, InboundEvent event) {
        JsonNode data = event.data();
        String id = data.path("id").asText();
        int version = data.path("version").asInt();
        ReplicatedExercise row = Panache.getEntityManager().find(ReplicatedExercise.class, id);
        if (row != null && row.version >= version) {
            return false;
        }
        boolean isNew = row == null;
        if (isNew) {
            row = new ReplicatedExercise();
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
            Panache.getEntityManager().persist(row);
        }
        return true;
    }

    /** The exercises that may be planned: active and fully known, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Exercise> active() {
        // plain JDBC: a query through the session would first dirty-check every entity of the caller's batch
        long[] stamp = Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select count(*), coalesce(sum(version), 0) from catalog_replica")) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        });
        long rows = stamp[0];
        long versions = stamp[1];
        Parsed kept = parsed;
        if (kept != null && kept.rows() == rows && kept.versions() == versions) {
            return kept.active();
        }
        List<Exercise> active = Panache.getEntityManager()
                .createQuery("from ReplicatedExercise where status = 'ACTIVE' order by id", ReplicatedExercise.class)
                .getResultList().stream().map(CatalogReplica::read).toList();
        parsed = new Parsed(rows, versions, active);
        return active;
    }

    /** Any exercise ever seen, retired ones included (their last active content). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(Panache.getEntityManager().find(ReplicatedExercise.class, id))
                .filter(row -> !"{}".equals(row.payload))
                .map(CatalogReplica::read);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long activeCount() {
        return Panache.getEntityManager()
                .createQuery("select count(r) from ReplicatedExercise r where r.status = 'ACTIVE'", Long.class)
                .getSingleResult();
    }

    private static Exercise read(ReplicatedExercise row) {
        return ContractJson.read(row.payload, Exercise.class);
    }
}
