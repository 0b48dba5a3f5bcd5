package dev.runstrength.tracking.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<PlanEntity, String> {

    /** A plan to store: its ids, when it was generated, and what tracking reads of it (its view, in its compact form). */
    public record NewPlan(String planId, String runnerId, Instant generatedAt, byte[] viewData, int viewFormat) {
    }

    /**
     * A stored plan's content: its view (compact, or as JSON in rows stored before V14_2), and the data JSON
     * of a plan stored before views were kept alone.
     */
    public record Content(String payload, String view, byte[] viewData, Integer viewFormat) {
    }

    /**
     * Stores the plans except those whose planId is already stored: a plan never changes once published.
     * One query finds the known ids; the new rows go out as JDBC batches when the session flushes.
     * Callers pass each planId once.
     *
     * @return the planIds stored now
     */
    /** Which of these planIds are stored already, in one query. */
    public Set<String> known(Collection<String> planIds) {
        return StoredIds.known(getEntityManager(), "plan", "plan_id", planIds);
    }

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
            row.viewData = plan.viewData();
            row.viewFormat = plan.viewFormat();
            persist(row);
        }
        return stored;
    }

    /**
     * The runner's plan generated last at or before {@code time} (ties broken by the larger planId, in
     * byte order as Java compares strings): the runner's current plan at that moment.
     */
    public Optional<String> currentAt(String runnerId, Instant time) {
        // plain JDBC, not a Hibernate native query: Hibernate 6 files every execution of a native query with a
        // result type under a new interpretation key that collides with the others, and looking it up cost
        // tracking 14 % of its CPU under the benchmark's load (a JFR profile). The batch has flushed its
        // inserts before it folds anything (BatchSession), so no flush is skipped.
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CURRENT_AT)) {
                statement.setString(1, runnerId);
                statement.setObject(2, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    private static final String CURRENT_AT = "select plan_id from plan where runner_id = ? and generated_at <= ?"
            + " order by generated_at desc, plan_id collate \"C\" desc limit 1";

    /** The content of one of the runner's plans: the view alone when it is kept (a few KB), else the payload. */
    public Optional<Content> contentOf(String runnerId, String planId) {
        // plain JDBC, as currentAt: one row by primary key, read for every plan not cached, where an HQL query
        // cost 4-5 % of tracking's CPU (a JFR profile of a rebuild), most of it Hibernate's own work
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CONTENT_OF)) {
                statement.setString(1, planId);
                statement.setString(2, runnerId);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Content(row.getString(4), row.getString(1), row.getBytes(2), (Integer) row.getObject(3)))
                            : Optional.<Content>empty();
                }
            }
        });
    }

    private static final String CONTENT_OF = "select view, view_data, view_format,"
            + " case when view is null and view_data is null then payload end from plan where plan_id = ? and runner_id = ?";

    /** The data JSON of one of the runner's plans. */
    public Optional<String> payloadOf(String runnerId, String planId) {
        return find("planId = ?1 and runnerId = ?2", planId, runnerId).firstResultOptional().map(row -> row.payload);
    }

    /** The runner's current plan: the one generated last. */
    public Optional<PlanEntity> current(String runnerId) {
        return find("runnerId", Sort.descending("generatedAt", "planId"), runnerId).firstResultOptional();
    }
}
