package dev.runstrength.replica;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.hibernate.Session;

/** The {@code catalog_replica} rows of this service. */
@ApplicationScoped
public class ReplicatedExerciseRepository implements PanacheRepositoryBase<ReplicatedExerciseEntity, String> {

    /** The row count and the sum of versions: any upsert or retirement raises one of them. */
    public record Stamp(long rows, long versions) {
    }

    public Stamp stamp() {
        // plain JDBC: a query through the session would first dirty-check every entity of the caller's batch
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select count(*), coalesce(sum(version), 0) from catalog_replica")) {
                row.next();
                return new Stamp(row.getLong(1), row.getLong(2));
            }
        });
    }

    public List<ReplicatedExerciseEntity> active() {
        return list("status = 'ACTIVE' order by id");
    }

    public long countActive() {
        return count("status = 'ACTIVE'");
    }
}
