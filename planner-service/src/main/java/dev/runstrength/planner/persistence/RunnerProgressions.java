package dev.runstrength.planner.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class RunnerProgressions implements PanacheRepositoryBase<StoredProgression, String> {

    /** The held state, locked until the transaction ends so two updates of one runner queue up. */
    public Optional<StoredProgression> findForUpdate(String runnerId) {
        return findByIdOptional(runnerId, LockModeType.PESSIMISTIC_WRITE);
    }
}
