package dev.runstrength.tracking.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<PlanEntity, String> {

    /** A plan to store: its ids, when it was generated, and its data JSON. */
    public record NewPlan(String planId, String runnerId, Instant generatedAt, String payload) {
    }

    /** When a plan of a runner was generated: enough to know which plan was current at a time. */
    public record Generated(String planId, Instant generatedAt) {
    }

    private static final String INSERT_ALL = "insert into plan (plan_id, runner_id, generated_at, payload)"
            + " select p.plan_id, p.runner_id, p.generated_at::timestamptz, p.payload"
            + " from unnest(?, ?, ?, ?) as p(plan_id, runner_id, generated_at, payload)"
            + " on conflict do nothing returning plan_id";

    /**
     * Stores the plans (one statement for all) except those whose planId is already stored: a plan
     * never changes once published.
     *
     * @return the planIds stored now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> insertAll(Collection<NewPlan> plans) {
        if (plans.isEmpty()) {
            return Set.of();
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            Set<String> stored = new HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(INSERT_ALL)) {
                Array ids = connection.createArrayOf("text", plans.stream().map(NewPlan::planId).toArray());
                Array runners = connection.createArrayOf("text", plans.stream().map(NewPlan::runnerId).toArray());
                Array times = connection.createArrayOf("text", plans.stream().map(p -> p.generatedAt().toString()).toArray());
                Array payloads = connection.createArrayOf("text", plans.stream().map(NewPlan::payload).toArray());
                statement.setArray(1, ids);
                statement.setArray(2, runners);
                statement.setArray(3, times);
                statement.setArray(4, payloads);
                try (ResultSet inserted = statement.executeQuery()) {
                    while (inserted.next()) {
                        stored.add(inserted.getString(1));
                    }
                }
            }
            return stored;
        });
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
