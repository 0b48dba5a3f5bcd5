package dev.runstrength.planner.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class RunnerProfiles implements PanacheRepositoryBase<StoredProfile, String> {

    /** The held profile, locked until the transaction ends so two updates of one runner queue up. */
    public Optional<StoredProfile> findForUpdate(String runnerId) {
        return findByIdOptional(runnerId, LockModeType.PESSIMISTIC_WRITE);
    }
}
