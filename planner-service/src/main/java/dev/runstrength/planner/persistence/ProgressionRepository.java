package dev.runstrength.planner.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

@ApplicationScoped
public class ProgressionRepository implements PanacheRepositoryBase<ProgressionEntity, String> {

    /** The held progression states of these runners, by runner id, in one query (see {@link ProfileRepository#ofRunners}). */
    public Map<String, ProgressionEntity> ofRunners(Collection<String> runnerIds) {
        Map<String, ProgressionEntity> held = new HashMap<>();
        if (!runnerIds.isEmpty()) {
            list("runnerId in ?1", runnerIds).forEach(row -> held.put(row.runnerId, row));
        }
        return held;
    }
}
