package dev.runstrength.platform.accepted;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The accepted requests of one HTTP intake: claimed once per key, then given the event that publishes them. */
public interface AcceptedRequestRepository<E extends AcceptedRequestEntity> extends PanacheRepositoryBase<E, String> {

    /** The table, with columns runner_id, content_digest, event_id, accepted_at. */
    String table();

    /** The table's key column. */
    String keyColumn();

    /**
     * Claims the key for this request. A concurrent request with the same key waits here until the first one
     * commits, then finds the key taken.
     *
     * @return false when the key was already taken: the request was accepted before
     */
    @Transactional(Transactional.TxType.MANDATORY)
    default boolean insertIfNew(String key, String runnerId, String contentDigest, Instant acceptedAt) {
        return getEntityManager()
                .createNativeQuery("insert into " + table() + " (" + keyColumn() + ", runner_id, content_digest, accepted_at)"
                        + " values (:key, :runnerId, :digest, :acceptedAt) on conflict do nothing")
                .setParameter("key", key)
                .setParameter("runnerId", runnerId)
                .setParameter("digest", contentDigest)
                .setParameter("acceptedAt", acceptedAt)
                .executeUpdate() == 1;
    }

    /** Records which event publishes the request just claimed. */
    @Transactional(Transactional.TxType.MANDATORY)
    default void recordEvent(String key, String eventId) {
        findById(key).eventId = eventId;
    }
}
