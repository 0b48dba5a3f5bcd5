package dev.runstrength.planner.persistence;

import dev.runstrength.contracts.Topics;
import dev.runstrength.platform.inbox.KeyLocks;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * The erasure markers (table runner_erasure) and the deletion of every row the planner holds about a runner.
 * Every table of the planner's migrations (db/migration), the platform's (db/platform) and the catalogue
 * replica's (db/replica) is named here or said why not: {@code catalog_replica} holds no runner, and
 * {@code flyway_schema_history} neither.
 */
@ApplicationScoped
public class RunnerErasureRepository {

    private final KeyLocks keyLocks;

    public RunnerErasureRepository(KeyLocks keyLocks) {
        this.keyLocks = keyLocks;
    }

    /**
     * The planner's tables that hold a runner's data, each with a runner_id column: profiles, plans (with their
     * block start, V5), progression state, the HTTP profile intake, calendar entries and feed tokens (V4).
     */
    static final List<String> TABLES = List.of("runner_profile", "plan", "runner_progression", "profile_intake",
            "calendar_session", "calendar_feed");

    /** A marker: the erasure's requestedAt and CloudEvents id. */
    public record Marker(Instant requestedAt, String eventId) {
    }

    /**
     * Serialises the work on one runner across the profile, progression and erasure consumers and the HTTP
     * erasure: without it a progression update read before an erasure commits could write its row after it.
     * The same lock as the intake's {@code KeyLocks} on the runner id, which every consumer's batch holds
     * already. Released at commit.
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
        List<?> rows = em().createNativeQuery("select requested_at, event_id from runner_erasure where runner_digest = :digest")
                .setParameter("digest", digest(runnerId))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Marker(instant(row[0]), (String) row[1]));
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
     * Deletes every row about the runner.
     *
     * @return rows deleted per table, for the log
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Integer> deleteAllOf(String runnerId) {
        // a batch may have written rows of this runner earlier in the transaction (profiles before the erasure
        // on runner.profiles): they reach the database first, and no entity of them outlives the deletes
        em().flush();
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (String table : TABLES) {
            deleted.put(table, em().createNativeQuery("delete from " + table + " where runner_id = :runnerId")
                    .setParameter("runnerId", runnerId).executeUpdate());
        }
        // Plans not yet sent were drawn from data that no longer exists: they are not published. A profile the
        // HTTP intake queued for runner.profiles stays: it is the backend's input, and the consumer decides
        // (dropped when older than the erasure, a fresh start when newer).
        deleted.put("outbox_event", em().createNativeQuery(
                        "delete from outbox_event where record_key = :runnerId and topic = :topic")
                .setParameter("runnerId", runnerId).setParameter("topic", Topics.PLANNER_PLANS).executeUpdate());
        // events the broker refused as too large, kept for an operator: they are about the runner all the same
        deleted.put("outbox_set_aside", em().createNativeQuery("delete from outbox_set_aside where record_key = :runnerId")
                .setParameter("runnerId", runnerId).executeUpdate());
        // A record without CloudEvents attributes is logged under an id built from the runner id
        // (runnerId@updatedAt); CloudEvents ids are the producer's own and name no runner. The erasure's own id
        // (runnerId@requestedAt@erased when it came without attributes) stays: it is what makes it idempotent.
        deleted.put("processed_event", em().createNativeQuery(
                        "delete from processed_event where left(event_id, :length) = :prefix and event_id not like '%@erased'")
                .setParameter("length", runnerId.length() + 1).setParameter("prefix", runnerId + "@").executeUpdate());
        em().clear();
        return deleted;
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
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
