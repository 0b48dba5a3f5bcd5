package dev.runstrength.tracking.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/**
 * How a batch uses its Hibernate session. Every query in the default flush mode first dirty-checks every
 * entity the session holds, which for a batch of hundreds of rows makes the queries of each runner cost
 * as much as the whole batch. So a batch writes its new rows once, right after inserting them (the
 * queries that follow read them), and from then on lets the session flush only at commit: nothing it
 * queries later is among what it changes later (progression_state rows and outbox rows).
 */
final class BatchSession {

    private BatchSession() {
    }

    static void insertsWritten(EntityManager entityManager) {
        entityManager.flush();
        entityManager.setFlushMode(FlushModeType.COMMIT);
    }
}
