package dev.runstrength.tracking.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class WorkoutRepository implements PanacheRepositoryBase<WorkoutEntity, String> {

    private static final Sort NEWEST_FIRST = Sort.descending("completedAt", "workoutId");

    /**
     * Stores the workout unless one with its workoutId is already stored, whatever event carried it.
     *
     * @return false when the workoutId was known: the workout is a duplicate
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insertIfNew(String workoutId, String runnerId, Instant completedAt, String payload) {
        int inserted = getEntityManager()
                .createNativeQuery("insert into workout (workout_id, runner_id, completed_at, received_at, payload)"
                        + " values (:workoutId, :runnerId, :completedAt, :receivedAt, :payload) on conflict do nothing")
                .setParameter("workoutId", workoutId)
                .setParameter("runnerId", runnerId)
                .setParameter("completedAt", completedAt)
                .setParameter("receivedAt", Instant.now())
                .setParameter("payload", payload)
                .executeUpdate();
        return inserted == 1;
    }

    /** The runner's whole history; the engine puts it in its own replay order. */
    public List<WorkoutEntity> history(String runnerId) {
        return list("runnerId", Sort.ascending("completedAt", "workoutId"), runnerId);
    }

    public List<WorkoutEntity> newestFirst(String runnerId, int page, int size) {
        return find("runnerId", NEWEST_FIRST, runnerId).page(Page.of(page, size)).list();
    }

    public long countOf(String runnerId) {
        return count("runnerId", runnerId);
    }
}
