package dev.runstrength.planner.persistence;

import dev.runstrength.platform.persistence.EntitiesById;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The runners' latest documents of one kind, read and written a batch at a time: the batch reads the held rows of
 * all its runners with one query ({@link #ofRunners}), then holds each newer document ({@link #holdLatest}).
 * Callers run inside the intake's transaction, which holds every runner's key lock, so no other writer can change
 * the rows meanwhile.
 */
public interface RunnerDocumentRepository<E extends RunnerDocumentEntity> extends PanacheRepositoryBase<E, String> {

    /** A new, empty row of this kind. */
    E newDocument();

    /** The entity class of this kind. */
    Class<E> documentClass();

    /** The held rows of these runners, by runner id, in one query. */
    default Map<String, E> ofRunners(Collection<String> runnerIds) {
        return EntitiesById.load(getEntityManager(), documentClass(), runnerIds, row -> row.runnerId);
    }

    /**
     * Holds {@code payload} as the runner's latest document: sets the held row ({@code held}, the batch's rows from
     * {@link #ofRunners}), or creates and persists one and adds it to {@code held}.
     */
    default E holdLatest(Map<String, E> held, String runnerId, Instant updatedAt, String payload) {
        E row = held.get(runnerId);
        if (row == null) {
            row = newDocument();
            row.runnerId = runnerId;
            row.updatedAt = updatedAt;
            row.payload = payload;
            persist(row);
            held.put(runnerId, row);
        } else {
            row.updatedAt = updatedAt;
            row.payload = payload;
        }
        return row;
    }

    /**
     * Nothing in the batch queries what it writes: flush once, at commit, instead of dirty-checking every entity of
     * the batch before each query.
     */
    default void flushOnlyAtCommit() {
        getEntityManager().setFlushMode(FlushModeType.COMMIT);
    }
}
