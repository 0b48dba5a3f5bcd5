package dev.runstrength.tracking.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<PlanEntity, String> {

    /**
     * Stores the plan unless its planId is already stored: a plan never changes once published.
     *
     * @return false when the plan was known
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insertIfNew(String planId, String runnerId, Instant generatedAt, String payload) {
        int inserted = getEntityManager()
                .createNativeQuery("insert into plan (plan_id, runner_id, generated_at, payload)"
                        + " values (:planId, :runnerId, :generatedAt, :payload) on conflict do nothing")
                .setParameter("planId", planId)
                .setParameter("runnerId", runnerId)
                .setParameter("generatedAt", generatedAt)
                .setParameter("payload", payload)
                .executeUpdate();
        return inserted == 1;
    }

    public List<PlanEntity> ofRunner(String runnerId) {
        return list("runnerId", Sort.ascending("generatedAt", "planId"), runnerId);
    }

    /** The runner's current plan: the one generated last. */
    public Optional<PlanEntity> current(String runnerId) {
        return find("runnerId", Sort.descending("generatedAt", "planId"), runnerId).firstResultOptional();
    }
}
