package dev.runstrength.platform.inbox;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.Session;

/**
 * The idempotent-consumer log (the Debezium outbox example's pattern): in the same transaction as
 * the work, a consumer records the CloudEvents ids it applies. A second delivery finds the id and
 * does nothing. One statement records a whole batch.
 */
@ApplicationScoped
public class ConsumedEvents {

    private static final String MARK = "insert into processed_event (consumer, event_id)"
            + " select ?, id from unnest(?) as id on conflict do nothing returning event_id";

    /** Records the events as consumed; returns the ids this consumer had not consumed before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> markAll(String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            Set<String> fresh = new HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(MARK)) {
                Array ids = connection.createArrayOf("varchar", eventIds.toArray());
                statement.setString(1, consumer);
                statement.setArray(2, ids);
                try (ResultSet inserted = statement.executeQuery()) {
                    while (inserted.next()) {
                        fresh.add(inserted.getString(1));
                    }
                }
                ids.free();
            }
            return fresh;
        });
    }
}
