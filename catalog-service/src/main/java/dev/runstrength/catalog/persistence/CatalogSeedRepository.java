package dev.runstrength.catalog.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.OptionalInt;

@ApplicationScoped
public class CatalogSeedRepository implements PanacheRepositoryBase<CatalogSeedEntity, Integer> {

    /** The version of the bundled seed this database holds; empty before the first load. */
    public OptionalInt appliedVersion() {
        return findByIdOptional(CatalogSeedEntity.SINGLETON_ID)
                .map(row -> OptionalInt.of(row.catalogVersion)).orElse(OptionalInt.empty());
    }

    /** Records that the seed of this version was applied at {@code at}, in the single row (created on the first load). */
    public void recordApplied(int catalogVersion, Instant at) {
        CatalogSeedEntity row = findByIdOptional(CatalogSeedEntity.SINGLETON_ID).orElse(null);
        boolean first = row == null;
        if (first) {
            row = new CatalogSeedEntity();
            row.id = CatalogSeedEntity.SINGLETON_ID;
        }
        row.catalogVersion = catalogVersion;
        row.appliedAt = at;
        if (first) {
            persist(row);
        }
    }
}
