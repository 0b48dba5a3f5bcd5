package dev.runstrength.tracking.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

@ApplicationScoped
public class AcceptedWorkoutRepository implements PanacheRepositoryBase<AcceptedWorkoutEntity, String> {

    /**
     * Claims the workoutId for this request. A concurrent request with the same workoutId waits here
     * until the first one commits, then finds it taken.
     *
     * @return false when the workoutId was already taken: the workout was accepted before
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String workoutId, String runnerId, String contentDigest, Instant acceptedAt) {
        return getEntityManager()
                .createNativeQuery("insert into workout_intake (workout_id, runner_id, content_digest, accepted_at)"
                        + " values (:workoutId, :runnerId, :digest, :acceptedAt) on conflict do nothing")
                .setParameter("workoutId", workoutId)
                .setParameter("runnerId", runnerId)
                .setParameter("digest", contentDigest)
                .setParameter("acceptedAt", acceptedAt)
                .executeUpdate() == 1;
    }
}
