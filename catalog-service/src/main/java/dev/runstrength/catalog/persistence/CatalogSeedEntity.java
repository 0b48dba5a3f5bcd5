package dev.runstrength.catalog.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The single row saying which version of the bundled seed file this database holds. */
@Entity
@Table(name = "catalog_seed")
public class CatalogSeedEntity {

    public static final int SINGLETON_ID = 1;

    @Id
    public Integer id;

    @Column(name = "catalog_version", nullable = false)
    public int catalogVersion;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;
}
