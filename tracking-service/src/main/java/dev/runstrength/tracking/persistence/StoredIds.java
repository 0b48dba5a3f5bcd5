package dev.runstrength.tracking.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.Session;

/** Which of a batch's ids a table already holds: one query, bound as one array. */
final class StoredIds {

    private StoredIds() {
    }

    /** {@code table} and {@code column} are constants of this package, never input. */
    static Set<String> known(EntityManager entityManager, String table, String column, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Set<String> known = new HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select " + column + " from " + table + " where " + column + " = any(?)")) {
                Array array = connection.createArrayOf("text", ids.toArray());
                statement.setArray(1, array);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        known.add(rows.getString(1));
                    }
                }
                array.free();
            }
            return known;
        });
    }
}
