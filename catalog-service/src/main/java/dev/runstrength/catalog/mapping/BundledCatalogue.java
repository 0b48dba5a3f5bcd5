package dev.runstrength.catalog.mapping;

import dev.runstrength.catalog.config.CatalogConfig;
import dev.runstrength.catalog.domain.Catalogue;
import dev.runstrength.contracts.ContractJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The catalogue bundled with the service, and the mapper built on its muscle list. */
@ApplicationScoped
public class BundledCatalogue {

    private final Catalogue bundled;

    public BundledCatalogue(CatalogConfig config) {
        this.bundled = read(config.seedResource());
    }

    public Catalogue bundled() {
        return bundled;
    }

    @Produces
    @Singleton
    ExerciseMapper exerciseMapper() {
        return new ExerciseMapper(bundled.muscles());
    }

    private static Catalogue read(String resource) {
        try (InputStream json = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (json == null) {
                throw new IllegalStateException("bundled catalogue " + resource + " is missing");
            }
            return ContractJson.mapper().readValue(json, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled catalogue " + resource + " cannot be read", e);
        }
    }
}
