package dev.runstrength.tracking.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
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

    private static final String INSERT_ALL = "insert into workout (workout_id, runner_id, completed_at, received_at, plan_id, payload)"
            + " select w.workout_id, w.runner_id, w.completed_at::timestamptz, now(), w.plan_id, w.payload"
            + " from unnest(?, ?, ?, ?, ?) as w(workout_id, runner_id, completed_at, plan_id, payload)"
            + " on conflict do nothing returning workout_id";

    /**
     * Stores the workouts (one statement for all) except those whose workoutId is already stored,
     * whatever event carried them: a workout never changes once recorded.
     *
     * @return the workoutIds stored now; the others were duplicates
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> insertAll(Collection<NewWorkout> workouts) {
        if (workouts.isEmpty()) {
            return Set.of();
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            Set<String> stored = new HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(INSERT_ALL)) {
                Array ids = connection.createArrayOf("text", workouts.stream().map(NewWorkout::workoutId).toArray());
                Array runners = connection.createArrayOf("text", workouts.stream().map(NewWorkout::runnerId).toArray());
                Array times = connection.createArrayOf("text", workouts.stream().map(w -> w.completedAt().toString()).toArray());
                Array plans = connection.createArrayOf("text", workouts.stream().map(NewWorkout::planId).toArray());
                Array payloads = connection.createArrayOf("text", workouts.stream().map(NewWorkout::payload).toArray());
                statement.setArray(1, ids);
                statement.setArray(2, runners);
                statement.setArray(3, times);
                statement.setArray(4, plans);
                statement.setArray(5, payloads);
                try (ResultSet inserted = statement.executeQuery()) {
                    while (inserted.next()) {
                        stored.add(inserted.getString(1));
                    }
                }
            }
            return stored;
        });
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
        return Optional.ofNullable(getEntityManager()
                .createQuery("select min(w.completedAt) from WorkoutEntity w where w.runnerId = :runnerId"
                        + " and (w.planId = :planId or w.completedAt >= :generatedAt)", Instant.class)
                .setParameter("runnerId", runnerId)
                .setParameter("planId", planId)
                .setParameter("generatedAt", generatedAt)
                .getSingleResult());
    }

    public List<WorkoutEntity> newestFirst(String runnerId, int page, int size) {
        return find("runnerId", NEWEST_FIRST, runnerId).page(Page.of(page, size)).list();
    }

    public long countOf(String runnerId) {
        return count("runnerId", runnerId);
    }
}
