package dev.runstrength.planner.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

@ApplicationScoped
public class ProfileRepository implements PanacheRepositoryBase<ProfileEntity, String> {

    /**
     * The held profiles of these runners, by runner id, in one query. Callers run inside the intake's
     * transaction, which holds every runner's key lock, so no other writer can change them meanwhile.
     */
    public Map<String, ProfileEntity> ofRunners(Collection<String> runnerIds) {
        Map<String, ProfileEntity> held = new HashMap<>();
        if (!runnerIds.isEmpty()) {
            list("runnerId in ?1", runnerIds).forEach(row -> held.put(row.runnerId, row));
        }
        return held;
    }
}
