package dev.runstrength.catalog.service;

import dev.runstrength.catalog.config.CatalogConfig;
import dev.runstrength.catalog.domain.Catalogue;
import dev.runstrength.catalog.domain.Exercise;
import dev.runstrength.catalog.mapping.BundledCatalogue;
import dev.runstrength.catalog.persistence.CatalogSeedRepository;
import dev.runstrength.catalog.persistence.ExerciseEntity.Origin;
import dev.runstrength.catalog.persistence.ExerciseRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.jboss.logging.Logger;

/**
 * Loads the bundled catalogue on first start and upgrades it when a newer {@code catalogVersion}
 * ships. An upgrade inserts new exercises and replaces changed ones that still come from the seed;
 * an exercise someone changed through the API is left as they made it. The resulting catalogue is
 * checked as a whole and every insert or change is published like any other write.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    /** Serialises seed loads of several instances starting at once. */
    private static final long SEED_LOCK = 0x5365656443617461L;

    private final CatalogConfig config;
    private final BundledCatalogue seed;
    private final ExerciseRepository exercises;
    private final CatalogSeedRepository seeds;
    private final CatalogueWriter writer;

    public SeedLoader(CatalogConfig config, BundledCatalogue seed, ExerciseRepository exercises, CatalogSeedRepository seeds,
                      CatalogueWriter writer) {
        this.config = config;
        this.seed = seed;
        this.exercises = exercises;
        this.seeds = seeds;
        this.writer = writer;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.loadSeed()) {
            load(seed.bundled());
        }
    }

    /** Applies the catalogue if it is newer than what the database holds; returns exercises written. */
    @Transactional
    public int load(Catalogue seed) {
        exercises.lockForTransaction(SEED_LOCK);
        OptionalInt applied = seeds.appliedVersion();
        if (applied.isPresent() && applied.getAsInt() >= seed.catalogVersion()) {
            return 0;
        }
        List<Exercise> fromSeed = seed.exercises().stream()
                .filter(exercise -> exercises.findByIdOptional(exercise.id())
                        .map(row -> row.origin == Origin.SEED).orElse(true))
                .toList();
        int written = writer.writeAll(fromSeed, Origin.SEED).size();
        seeds.recordApplied(seed.catalogVersion(), Instant.now());
        LOG.infof("Catalogue seed version %d applied: %d exercises written", seed.catalogVersion(), written);
        return written;
    }
}
