package dev.runstrength.tracking.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.hibernate.Session;

/** Saved states of a runner's progression every so many workouts (table progression_checkpoint). */
@ApplicationScoped
public class ProgressionCheckpoints {

    /**
     * The state after the first {@code position} workouts of a runner in replay order, the last of
     * which is {@code workoutId}; {@code state} is the engine's state as JSON in {@code format}.
     */
    public record Checkpoint(int position, String workoutId, Instant completedAt, int format, String state) {
    }

    /**
     * The last checkpoint of this format whose workout was completed strictly before {@code bound}
     * (compared at the database's microsecond precision, so a workout at {@code bound} is never inside).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Checkpoint> lastBefore(String runnerId, Instant bound, int format) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select position, workout_id, completed_at, format, state from progression_checkpoint"
                            + " where runner_id = ? and format = ? and completed_at < ? order by position desc limit 1")) {
                statement.setString(1, runnerId);
                statement.setInt(2, format);
                statement.setObject(3, OffsetDateTime.ofInstant(bound, ZoneOffset.UTC));
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Checkpoint(row.getInt(1), row.getString(2), row.getObject(3, OffsetDateTime.class).toInstant(),
                            row.getInt(4), row.getString(5)));
                }
            }
        });
    }

    /** Forgets the checkpoints past {@code position}: a late workout has changed what follows it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteAfter(String runnerId, int position) {
        Panache.getEntityManager()
                .createNativeQuery("delete from progression_checkpoint where runner_id = :runnerId and position > :position")
                .setParameter("runnerId", runnerId)
                .setParameter("position", position)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(String runnerId, Checkpoint checkpoint) {
        Panache.getEntityManager()
                .createNativeQuery("insert into progression_checkpoint (runner_id, position, workout_id, completed_at, format, state)"
                        + " values (:runnerId, :position, :workoutId, :completedAt, :format, :state)"
                        + " on conflict (runner_id, position) do update set workout_id = excluded.workout_id,"
                        + " completed_at = excluded.completed_at, format = excluded.format, state = excluded.state")
                .setParameter("runnerId", runnerId)
                .setParameter("position", checkpoint.position())
                .setParameter("workoutId", checkpoint.workoutId())
                .setParameter("completedAt", checkpoint.completedAt())
                .setParameter("format", checkpoint.format())
                .setParameter("state", checkpoint.state())
                .executeUpdate();
    }

    private static Session session() {
        return Panache.getEntityManager().unwrap(Session.class);
    }
}
