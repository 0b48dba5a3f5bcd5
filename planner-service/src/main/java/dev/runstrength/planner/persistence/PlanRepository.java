package dev.runstrength.planner.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<PlanEntity, String> {

    /** The runner's current plan: the newest one generated. */
    public Optional<PlanEntity> current(String runnerId) {
        return find("runnerId = :runnerId order by generatedAt desc, planId desc",
                Parameters.with("runnerId", runnerId)).firstResultOptional();
    }

    public long countFor(String runnerId) {
        return count("runnerId", runnerId);
    }
}
