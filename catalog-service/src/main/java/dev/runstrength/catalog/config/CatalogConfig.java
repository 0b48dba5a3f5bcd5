package dev.runstrength.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "runstrength.catalog")
public interface CatalogConfig {

    /** Classpath resource of the bundled catalogue, loaded on first start and upgraded by version. */
    @WithDefault("catalog/exercises.json")
    String seedResource();

    /** Load the bundled catalogue at start-up. */
    @WithDefault("true")
    boolean loadSeed();
}
