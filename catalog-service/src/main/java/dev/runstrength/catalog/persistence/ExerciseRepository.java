package dev.runstrength.catalog.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class ExerciseRepository implements PanacheRepositoryBase<ExerciseEntity, String> {

    /** Reads a row for an update; concurrent writers of the same exercise queue up behind the lock. */
    public Optional<ExerciseEntity> findForUpdate(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
