package dev.runstrength.planner.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class CalendarSessionRepository implements PanacheRepositoryBase<CalendarSessionEntity, String> {

    /** Until the transaction ends, one request at a time revises this runner's entries. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockRunner(String runnerId) {
        getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(:key))) as locked")
                .setParameter("key", "calendar:" + runnerId)
                .getSingleResult();
    }

    public List<CalendarSessionEntity> byUid(Collection<String> uids) {
        return uids.isEmpty() ? List.of() : list("uid in ?1", uids);
    }
}
