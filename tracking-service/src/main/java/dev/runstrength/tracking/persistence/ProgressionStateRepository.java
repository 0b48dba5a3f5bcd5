package dev.runstrength.tracking.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

@ApplicationScoped
public class ProgressionStateRepository implements PanacheRepositoryBase<ProgressionStateEntity, String> {

    /**
     * The held states of these runners, by runner id, in one query. Writers run inside the intake's
     * transaction, which holds each runner's key lock ({@code pg_advisory_xact_lock(hashtext(runnerId))})
     * until commit, so workouts and plans of one runner are applied one batch at a time, even across
     * replicas. Loaded by id (Hibernate binds the ids as one array, {@code runner_id = any(?)}): an HQL
     * {@code in} list is translated to SQL again whenever the batch's size differs from the last one.
     */
    public Map<String, ProgressionStateEntity> ofRunners(Collection<String> runnerIds) {
        Map<String, ProgressionStateEntity> held = new HashMap<>();
        if (!runnerIds.isEmpty()) {
            for (ProgressionStateEntity row : getEntityManager().unwrap(Session.class)
                    .findMultiple(ProgressionStateEntity.class, List.copyOf(runnerIds))) {
                if (row != null) {
                    held.put(row.runnerId, row);
                }
            }
        }
        return held;
    }
}
