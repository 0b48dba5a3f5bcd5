package dev.runstrength.planner.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Questions about everything the planner holds of one runner, across its tables. */
@ApplicationScoped
public class RunnerHoldingsRepository {

    /** Whether the planner holds, or was sent over HTTP, anything about the runner dated after {@code at}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean anythingNewerThan(String runnerId, Instant at) {
        Number newer = (Number) Panache.getEntityManager().createNativeQuery(
                        "select (select count(*) from runner_profile where runner_id = :runnerId and updated_at > :at)"
                                + " + (select count(*) from runner_progression where runner_id = :runnerId and updated_at > :at)"
                                + " + (select count(*) from profile_intake where runner_id = :runnerId and accepted_at > :at)")
                .setParameter("runnerId", runnerId)
                .setParameter("at", at)
                .getSingleResult();
        return newer.longValue() > 0;
    }
}
