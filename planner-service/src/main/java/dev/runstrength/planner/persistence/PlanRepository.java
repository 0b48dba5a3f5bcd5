package dev.runstrength.planner.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

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
     * The current plans of these runners as a replan reads them, by runner id, with one statement (a runner without a
     * plan is absent). Not the payload: that is tens of KB the database would detoast and send. No entity is loaded
     * (nothing to snapshot or dirty-check at commit), and it is plain JDBC so that Hibernate does not interpret a new
     * native query for each batch size.
     */
    public Map<String, Current> currentForReplan(Collection<String> runnerIds) {
        Map<String, Current> current = new HashMap<>();
        if (runnerIds.isEmpty()) {
            return current;
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CURRENT_FOR_REPLAN)) {
                statement.setArray(1, connection.createArrayOf("text", runnerIds.toArray()));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        current.put(row.getString(1),
                                new Current(row.getString(2), row.getObject(3, LocalDate.class), row.getString(4)));
                    }
                }
            }
            return current;
        });
    }

    // the newest plan of each runner, as current() orders them
    private static final String CURRENT_FOR_REPLAN = "select distinct on (runner_id) runner_id, plan_id, block_start,"
            + " continuation from plan where runner_id = any(?) order by runner_id, generated_at desc, plan_id desc";

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
