package dev.runstrength.tracking.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

@ApplicationScoped
public class ProgressionStateRepository implements PanacheRepositoryBase<ProgressionStateEntity, String> {

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(String runnerId, String lastWorkoutId, String payload) {
        ProgressionStateEntity row = findById(runnerId);
        boolean first = row == null;
        if (first) {
            row = new ProgressionStateEntity();
            row.runnerId = runnerId;
        }
        row.lastWorkoutId = lastWorkoutId;
        row.payload = payload;
        row.updatedAt = Instant.now();
        if (first) {
            // Hibernate inserts the state as of persist(), so the row is complete before it is persisted
            persist(row);
        }
    }

    /**
     * Serialises all work on one runner's progression: the workout and plan consumers run on
     * different threads, and each replays the history it reads, so the later writer must see the
     * earlier one's rows. The lock is released at commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockRunner(String runnerId) {
        getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(:runnerId))) as locked")
                .setParameter("runnerId", runnerId)
                .getSingleResult();
    }
}
