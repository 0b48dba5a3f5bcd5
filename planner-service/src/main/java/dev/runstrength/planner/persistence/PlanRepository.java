package dev.runstrength.planner.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<PlanEntity, String> {

    /** What a replan reads of the runner's current plan; {@code continuation} is null for a plan stored before V14_2. */
    public record Current(String planId, LocalDate blockStart, String continuation) {
    }

    /** The runner's current plan: the newest one generated. */
    public Optional<PlanEntity> current(String runnerId) {
        return find("runnerId = :runnerId order by generatedAt desc, planId desc",
                Parameters.with("runnerId", runnerId)).firstResultOptional();
    }

    /**
     * The runner's current plan as a replan reads it, without its payload: the payload is tens of KB that the
     * database would detoast and send, and no entity is loaded (nothing to snapshot or dirty-check at commit).
     */
    public Optional<Current> currentForReplan(String runnerId) {
        return getEntityManager().createQuery("select p.planId, p.blockStart, p.continuation from PlanEntity p"
                        + " where p.runnerId = :runnerId order by p.generatedAt desc, p.planId desc", Object[].class)
                .setParameter("runnerId", runnerId)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .map(row -> new Current((String) row[0], (LocalDate) row[1], (String) row[2]));
    }

    /** The plan's payload, read as a value (no entity loaded). */
    public String payloadOf(String planId) {
        return getEntityManager().createQuery("select p.payload from PlanEntity p where p.planId = :planId", String.class)
                .setParameter("planId", planId)
                .getSingleResult();
    }

    public long countFor(String runnerId) {
        return count("runnerId", runnerId);
    }
}
