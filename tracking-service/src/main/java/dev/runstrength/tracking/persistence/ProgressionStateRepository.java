package dev.runstrength.tracking.persistence;

import dev.runstrength.platform.persistence.EntitiesById;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;

@ApplicationScoped
public class ProgressionStateRepository implements PanacheRepositoryBase<ProgressionStateEntity, String> {

    /**
     * The held states of these runners, by runner id, in one query. Writers run inside the intake's
     * transaction, which holds each runner's key lock ({@code pg_advisory_xact_lock(hashtext(runnerId))})
     * until commit, so workouts and plans of one runner are applied one batch at a time, even across
     * replicas.
     */
    public Map<String, ProgressionStateEntity> ofRunners(Collection<String> runnerIds) {
        return EntitiesById.load(getEntityManager(), ProgressionStateEntity.class, runnerIds, row -> row.runnerId);
    }
}
