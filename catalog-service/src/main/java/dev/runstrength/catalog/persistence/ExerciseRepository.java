package dev.runstrength.catalog.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import dev.runstrength.catalog.domain.ExerciseStatus;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ExerciseRepository implements PanacheRepositoryBase<ExerciseEntity, String> {

    /** Reads a row for an update; concurrent writers of the same exercise queue up behind the lock. */
    public Optional<ExerciseEntity> findForUpdate(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The rows of exercises in this status. */
    public List<ExerciseEntity> withStatus(ExerciseStatus status) {
        return list("status", status.name());
    }

    /**
     * Takes a transaction-wide PostgreSQL advisory lock: writers holding the same {@code lock} run one after the
     * other. Released at commit or rollback.
     */
    public void lockForTransaction(long lock) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(:lock)")
                .setParameter("lock", lock)
                .getSingleResult();
    }
}
