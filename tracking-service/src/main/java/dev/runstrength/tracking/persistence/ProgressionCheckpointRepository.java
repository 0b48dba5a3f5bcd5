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
public class ProgressionCheckpointRepository {

    /**
     * The state after the first {@code position} workouts of a runner in replay order, the last of
     * which is {@code workoutId}; the engine's state is {@code data} in the compact form of {@code format},
     * or, in checkpoints written before V14_2, {@code state}, its JSON.
     */
    public record Checkpoint(int position, String workoutId, Instant completedAt, int format, String state, byte[] data) {
    }

    /**
     * The last checkpoint of one of these formats whose workout was completed strictly before {@code bound}
     * (compared at the database's microsecond precision, so a workout at {@code bound} is never inside).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Checkpoint> lastBefore(String runnerId, Instant bound, Integer... formats) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select position, workout_id, completed_at, format, state, data from progression_checkpoint"
                            + " where runner_id = ? and format = any(?) and completed_at < ? order by position desc limit 1")) {
                statement.setString(1, runnerId);
                statement.setArray(2, connection.createArrayOf("integer", formats));
                statement.setObject(3, OffsetDateTime.ofInstant(bound, ZoneOffset.UTC));
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Checkpoint(row.getInt(1), row.getString(2), row.getObject(3, OffsetDateTime.class).toInstant(),
                            row.getInt(4), row.getString(5), row.getBytes(6)));
                }
            }
        });
    }

    /** Forgets the checkpoints past {@code position}: a late workout has changed what follows it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteAfter(String runnerId, int position) {
        // plain JDBC, as every statement here: no entity of the session is involved, so nothing is flushed
        session().doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "delete from progression_checkpoint where runner_id = ? and position > ?")) {
                statement.setString(1, runnerId);
                statement.setInt(2, position);
                statement.executeUpdate();
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(String runnerId, Checkpoint checkpoint) {
        session().doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "insert into progression_checkpoint (runner_id, position, workout_id, completed_at, format, state, data)"
                            + " values (?, ?, ?, ?, ?, ?, ?) on conflict (runner_id, position) do update set"
                            + " workout_id = excluded.workout_id, completed_at = excluded.completed_at,"
                            + " format = excluded.format, state = excluded.state, data = excluded.data")) {
                statement.setString(1, runnerId);
                statement.setInt(2, checkpoint.position());
                statement.setString(3, checkpoint.workoutId());
                statement.setObject(4, OffsetDateTime.ofInstant(checkpoint.completedAt(), ZoneOffset.UTC));
                statement.setInt(5, checkpoint.format());
                statement.setString(6, checkpoint.state());
                statement.setBytes(7, checkpoint.data());
                statement.executeUpdate();
            }
        });
    }

    private static Session session() {
        return Panache.getEntityManager().unwrap(Session.class);
    }
}
