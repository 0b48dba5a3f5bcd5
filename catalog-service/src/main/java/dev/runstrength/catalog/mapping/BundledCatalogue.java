package dev.runstrength.catalog.mapping;

import dev.runstrength.catalog.config.CatalogConfig;
import dev.runstrength.catalog.domain.Catalogue;
import dev.runstrength.contracts.ContractJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The catalogue bundled with the service, and the mapper built on its muscle list. */
@ApplicationScoped
public class BundledCatalogue {

    private final Catalogue bundled;

    public BundledCatalogue(CatalogConfig config) {
        this.bundled = ContractJson.resource(config.seedResource(), Catalogue.class);
    }

    public Catalogue bundled() {
        return bundled;
    }

    @Produces
    @Singleton
    ExerciseMapper exerciseMapper() {
        return new ExerciseMapper(bundled.muscles());
    }
}
