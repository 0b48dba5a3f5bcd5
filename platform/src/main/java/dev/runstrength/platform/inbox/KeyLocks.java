package dev.runstrength.platform.inbox;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import org.hibernate.Session;

/**
 * Transaction-scoped PostgreSQL advisory locks on aggregate ids (runner ids, exercise ids), the same
 * locks as {@code pg_advisory_xact_lock(hashtext(id))} taken anywhere else in a service. A batch takes
 * all of its keys in one statement, in ascending hash order: two batches of one service (say workouts
 * and plans of the same runners, or two replicas) then queue behind each other instead of deadlocking.
 * Released at commit or rollback.
 */
@ApplicationScoped
public class KeyLocks {

    // offset 0 keeps the sorted subquery from being flattened, so the locks are taken in its order
    private static final String LOCK_ALL = "select count(*) from (select pg_advisory_xact_lock(h) from"
            + " (select distinct hashtext(k) as h from unnest(?) as k order by h offset 0) as sorted) as locked";

    @Transactional(Transactional.TxType.MANDATORY)
    public void lockAll(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(LOCK_ALL)) {
                Array array = connection.createArrayOf("text", keys.toArray());
                statement.setArray(1, array);
                try (ResultSet ignored = statement.executeQuery()) {
                    // the locks are held once the statement has run
                }
                array.free();
            }
        });
    }
}
