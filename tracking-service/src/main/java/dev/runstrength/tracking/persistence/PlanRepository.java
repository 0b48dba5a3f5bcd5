package dev.runstrength.tracking.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<PlanEntity, String> {

    /** A plan to store: its ids, when it was generated, and its data JSON. */
    public record NewPlan(String planId, String runnerId, Instant generatedAt, String payload) {
    }

    /** When a plan of a runner was generated: enough to know which plan was current at a time. */
    public record Generated(String planId, Instant generatedAt) {
    }

    /**
     * Stores the plans except those whose planId is already stored: a plan never changes once published.
     * One query finds the known ids; the new rows go out as JDBC batches when the session flushes.
     * Callers pass each planId once.
     *
     * @return the planIds stored now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> insertAll(Collection<NewPlan> plans) {
        Set<String> known = StoredIds.known(getEntityManager(), "plan", "plan_id", plans.stream().map(NewPlan::planId).toList());
        Set<String> stored = new HashSet<>();
        for (NewPlan plan : plans) {
            if (known.contains(plan.planId()) || !stored.add(plan.planId())) {
                continue;
            }
            PlanEntity row = new PlanEntity();
            row.planId = plan.planId();
            row.runnerId = plan.runnerId();
            row.generatedAt = plan.generatedAt();
            row.payload = plan.payload();
            persist(row);
        }
        return stored;
    }

    /** Every plan of the runner with when it was generated, without the plans' content. */
    public List<Generated> generatedOf(String runnerId) {
        return getEntityManager()
                .createQuery("select p.planId, p.generatedAt from PlanEntity p where p.runnerId = :runnerId", Object[].class)
                .setParameter("runnerId", runnerId)
                .getResultList().stream()
                .map(row -> new Generated((String) row[0], (Instant) row[1]))
                .toList();
    }

    /** The content of one of the runner's plans. */
    public Optional<String> payloadOf(String runnerId, String planId) {
        return find("planId = ?1 and runnerId = ?2", planId, runnerId).firstResultOptional().map(row -> row.payload);
    }

    /** The runner's current plan: the one generated last. */
    public Optional<PlanEntity> current(String runnerId) {
        return find("runnerId", Sort.descending("generatedAt", "planId"), runnerId).firstResultOptional();
    }
}
