package dev.runstrength.tracking.persistence;

import dev.runstrength.contracts.Topics;
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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The erasure markers (table runner_erasure) and the deletion of every row tracking holds about a runner.
 * Every table of tracking's migrations (db/migration), the platform's (db/platform) and the catalogue replica's
 * (db/replica) is named here or said why not: {@code catalog_replica} holds no runner, and
 * {@code flyway_schema_history} neither.
 */
@ApplicationScoped
public class RunnerErasureRepository {

    /** A marker: the erasure's requestedAt and CloudEvents id. */
    public record Marker(Instant requestedAt, String eventId) {
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
     * Deletes every row about the runner, the progression updates not yet sent included: they describe
     * workouts that no longer exist here.
     *
     * @return rows deleted per table, for the log
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Integer> deleteAllOf(String runnerId) {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (String table : List.of("workout", "plan", "progression_state", "workout_intake")) {
            deleted.put(table, em().createNativeQuery("delete from " + table + " where runner_id = :runnerId")
                    .setParameter("runnerId", runnerId).executeUpdate());
        }
        deleted.put("outbox_event", em().createNativeQuery(
                        "delete from outbox_event where record_key = :runnerId and topic = :topic")
                .setParameter("runnerId", runnerId).setParameter("topic", Topics.TRACKING_PROGRESSIONS).executeUpdate());
        // processed_event: workouts and plans are logged under their CloudEvents id, or their workoutId / planId
        // when they came without attributes; neither names the runner, so nothing there is about the runner.
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
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
