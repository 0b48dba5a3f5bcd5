package dev.runstrength.tracking.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

@ApplicationScoped
public class WorkoutRepository implements PanacheRepositoryBase<WorkoutEntity, String> {

    private static final Sort NEWEST_FIRST = Sort.descending("completedAt", "workoutId");

    /** A workout to store: its ids, when it was completed, the plan it carried out, and its data JSON. */
    public record NewWorkout(String workoutId, String runnerId, Instant completedAt, String planId, String payload) {
    }

    /**
     * Stores the workouts except those whose workoutId is already stored, whatever event carried them: a
     * workout never changes once recorded. One query finds the known ids; the new rows go out as JDBC
     * batches when the session flushes. Callers pass each workoutId once.
     *
     * @return the workoutIds stored now; the others were duplicates
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> insertAll(Collection<NewWorkout> workouts) {
        Set<String> known = StoredIds.known(getEntityManager(), "workout", "workout_id",
                workouts.stream().map(NewWorkout::workoutId).toList());
        Set<String> stored = new HashSet<>();
        Instant now = Instant.now();
        for (NewWorkout workout : workouts) {
            if (known.contains(workout.workoutId())) {
                continue;
            }
            WorkoutEntity row = new WorkoutEntity();
            row.workoutId = workout.workoutId();
            row.runnerId = workout.runnerId();
            row.completedAt = workout.completedAt();
            row.receivedAt = now;
            row.planId = workout.planId();
            row.payload = workout.payload();
            persist(row);
            stored.add(row.workoutId);
        }
        return stored;
    }

    /**
     * The runner's workouts completed at or after {@code from} (all of them when null), oldest first;
     * the engine puts them in its exact replay order.
     */
    public List<WorkoutEntity> from(String runnerId, Instant from) {
        Sort order = Sort.ascending("completedAt", "workoutId");
        return from == null ? list("runnerId", order, runnerId)
                : list("runnerId = :runnerId and completedAt >= :from", order,
                        Parameters.with("runnerId", runnerId).and("from", from));
    }

    /**
     * When the first stored workout of the runner was completed that a new plan changes the judging
     * of: one that carried out a session of that plan, or one completed at or after the plan was
     * generated (it was the runner's current plan then).
     */
    public Optional<Instant> firstJudgedBy(String runnerId, String planId, Instant generatedAt) {
        // plain JDBC: asked for every new plan, where the HQL query cost 3 % of tracking's CPU (a JFR profile),
        // mostly Hibernate's own work. A plan's batch stores no workout, so no pending insert is skipped.
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FIRST_JUDGED_BY)) {
                statement.setString(1, runnerId);
                statement.setString(2, planId);
                statement.setObject(3, OffsetDateTime.ofInstant(generatedAt, ZoneOffset.UTC));
                try (ResultSet row = statement.executeQuery()) {
                    OffsetDateTime first = row.next() ? row.getObject(1, OffsetDateTime.class) : null;
                    return Optional.ofNullable(first).map(OffsetDateTime::toInstant);
                }
            }
        });
    }

    private static final String FIRST_JUDGED_BY = "select min(completed_at) from workout where runner_id = ?"
            + " and (plan_id = ? or completed_at >= ?)";

    public List<WorkoutEntity> newestFirst(String runnerId, int page, int size) {
        return find("runnerId", NEWEST_FIRST, runnerId).page(Page.of(page, size)).list();
    }

    public long countOf(String runnerId) {
        return count("runnerId", runnerId);
    }
}
