package dev.runstrength.tracking.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
