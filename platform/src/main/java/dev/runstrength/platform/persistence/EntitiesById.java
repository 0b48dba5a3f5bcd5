package dev.runstrength.platform.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * A batch's rows loaded by their Hibernate id in one query, managed, for the batch to change. Hibernate binds the ids
 * as one array ({@code id = any(?)}), so its SQL is translated once; an HQL {@code in} list is translated again
 * whenever a batch's size differs from the last one, which in batch intake is nearly every batch. The ids must be
 * the entity's {@code @Id}: other values find nothing, silently.
 */
public final class EntitiesById {

    private EntitiesById() {
    }

    /** The rows found, by id; ids without a row are left out. */
    public static <E> Map<String, E> load(EntityManager entityManager, Class<E> type, Collection<String> ids,
                                          Function<E, String> idOf) {
        Map<String, E> found = new HashMap<>();
        if (!ids.isEmpty()) {
            for (E row : entityManager.unwrap(Session.class).findMultiple(type, List.copyOf(ids))) {
                if (row != null) {
                    found.put(idOf.apply(row), row);
                }
            }
        }
        return found;
    }
}
