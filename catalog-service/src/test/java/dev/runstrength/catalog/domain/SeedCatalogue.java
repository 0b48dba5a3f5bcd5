package dev.runstrength.catalog.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test-scope loader: finds the seed file by walking up from the working directory and reads it with Jackson. */
public final class SeedCatalogue {

    public static final String SEED_PATH = "catalog-service/src/main/resources/catalog/exercises.json";

    private static Catalogue cached;

    private SeedCatalogue() {
    }

    public static synchronized Catalogue load() {
        if (cached == null) {
            cached = read(seedFile());
        }
        return cached;
    }

    public static Catalogue read(Path file) {
        try {
            return new ObjectMapper().readValue(file.toFile(), Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static Path seedFile() {
        return repositoryRoot().resolve(SEED_PATH);
    }

    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(SEED_PATH))) {
                return dir;
            }
        }
        throw new IllegalStateException("no " + SEED_PATH + " above " + Path.of("").toAbsolutePath());
    }
}
