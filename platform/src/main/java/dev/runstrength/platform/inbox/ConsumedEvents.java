package dev.runstrength.platform.inbox;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The idempotent-consumer log (the Debezium outbox example's pattern): in the same transaction as
 * the work, a consumer records the CloudEvents id it applied. A second delivery finds the id and
 * does nothing.
 */
@ApplicationScoped
public class ConsumedEvents {

    /** Records the event as consumed; false when this consumer had already consumed it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markConsumed(String consumer, String eventId) {
        int inserted = Panache.getEntityManager()
                .createNativeQuery("insert into processed_event (consumer, event_id) values (:consumer, :eventId)"
                        + " on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate();
        return inserted == 1;
    }
}
