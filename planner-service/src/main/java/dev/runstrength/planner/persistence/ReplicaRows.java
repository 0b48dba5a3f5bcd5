package dev.runstrength.planner.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Works around CatalogReplica.apply persisting a new ReplicatedExercise before its not-null
 * columns are set (Hibernate captures the insert's values at persist time, so the first event for
 * an exercise fails the not-null constraint). Reserving the row first, with a version below any
 * real one, turns that first event into an update. Harmless once CatalogReplica is fixed; remove
 * it then.
 */
@ApplicationScoped
public class ReplicaRows {

    @Transactional(Transactional.TxType.MANDATORY)
    public void reserve(String exerciseId) {
        Panache.getEntityManager()
                .createNativeQuery("insert into catalog_replica (id, version, status, payload, updated_at)"
                        + " values (:id, -1, 'UNKNOWN', '{}', now()) on conflict do nothing")
                .setParameter("id", exerciseId)
                .executeUpdate();
    }
}
