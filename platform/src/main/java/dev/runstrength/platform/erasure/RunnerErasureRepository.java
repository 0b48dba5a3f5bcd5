package dev.runstrength.platform.erasure;

import dev.runstrength.platform.inbox.KeyLocks;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The erasure markers (table runner_erasure, which each service that erases creates in its own migrations) and the
 * deletes every service's erasure makes: its runner tables, its unsent events on its own topic, the events set
 * aside for an operator. What a service deletes beyond that it says in its {@link ErasureHandler}.
 */
@ApplicationScoped
public class RunnerErasureRepository {

    private final KeyLocks keyLocks;

    public RunnerErasureRepository(KeyLocks keyLocks) {
        this.keyLocks = keyLocks;
    }

    /** A marker: the erasure's requestedAt and CloudEvents id. */
    public record Marker(Instant requestedAt, String eventId) {
    }

    /**
     * Serialises the work on one runner across the service's consumers and the erasure: the same lock as the
     * intake's {@code KeyLocks} on the runner id, which every consumer's batch holds already, so an update read
     * before an erasure commits cannot write its row after it. Released at commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockRunner(String runnerId) {
        keyLocks.lockAll(List.of(runnerId));
    }

    /** The markers of these runners (those erased), by runner id, in one query. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Marker> markersOf(Collection<String> runnerIds) {
        Map<String, String> byDigest = new HashMap<>();
        runnerIds.forEach(runnerId -> byDigest.put(digest(runnerId), runnerId));
        Map<String, Marker> markers = new HashMap<>();
        if (byDigest.isEmpty()) {
            return markers;
        }
        List<?> rows = em().createNativeQuery(
                        "select runner_digest, requested_at, event_id from runner_erasure where runner_digest in (:digests)")
                .setParameter("digests", byDigest.keySet())
                .getResultList();
        for (Object found : rows) {
            Object[] row = (Object[]) found;
            markers.put(byDigest.get((String) row[0]), new Marker(instant(row[1]), (String) row[2]));
        }
        return markers;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Marker> markerOf(String runnerId) {
        return Optional.ofNullable(markersOf(List.of(runnerId)).get(runnerId));
    }

    /** Keeps the latest erasure of the runner: an older one delivered late does not move the marker back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mark(String runnerId, Instant requestedAt, String eventId, Instant erasedAt) {
        em().createNativeQuery("insert into runner_erasure (runner_digest, requested_at, event_id, erased_at)"
                        + " values (:digest, :requestedAt, :eventId, :erasedAt)"
                        + " on conflict (runner_digest) do update set requested_at = excluded.requested_at,"
                        + " event_id = excluded.event_id, erased_at = excluded.erased_at"
                        + " where runner_erasure.requested_at < excluded.requested_at")
                .setParameter("digest", digest(runnerId))
                .setParameter("requestedAt", requestedAt)
                .setParameter("eventId", eventId)
                .setParameter("erasedAt", erasedAt)
                .executeUpdate();
    }

    /**
     * Deletes the runner's rows in each of these tables (each has a runner_id column), the runner's events on
     * {@code outboxTopic} not yet sent (drawn from data that no longer exists) and its events the broker refused
     * as too large (kept for an operator, about the runner all the same).
     *
     * @return rows deleted per table, for the log
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Integer> deleteRunnerRows(String runnerId, List<String> tables, String outboxTopic) {
        // a batch may have written rows of this runner earlier in the transaction: they reach the database first
        em().flush();
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (String table : tables) {
            deleted.put(table, em().createNativeQuery("delete from " + table + " where runner_id = :runnerId")
                    .setParameter("runnerId", runnerId).executeUpdate());
        }
        deleted.put("outbox_event", em().createNativeQuery(
                        "delete from outbox_event where record_key = :runnerId and topic = :topic")
                .setParameter("runnerId", runnerId).setParameter("topic", outboxTopic).executeUpdate());
        deleted.put("outbox_set_aside", em().createNativeQuery("delete from outbox_set_aside where record_key = :runnerId")
                .setParameter("runnerId", runnerId).executeUpdate());
        return deleted;
    }

    /**
     * Deletes the processed-event log entries whose id was built from the runner id ({@code runnerId@...}, the id a
     * service gives a record without CloudEvents attributes), but not an erasure's own ({@code ...@erased}): that
     * one is what makes the erasure idempotent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteProcessedIdsNamingTheRunner(String runnerId) {
        return em().createNativeQuery(
                        "delete from processed_event where left(event_id, :length) = :prefix and event_id not like '%@erased'")
                .setParameter("length", runnerId.length() + 1).setParameter("prefix", runnerId + "@").executeUpdate();
    }

    /** Detaches every entity of the transaction, so that none of the runner's outlives the native deletes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void detachAll() {
        em().clear();
    }

    /** SHA-256 of the runner id, hex: the marker must recognise the runner without naming it. */
    public static String digest(String runnerId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(runnerId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
