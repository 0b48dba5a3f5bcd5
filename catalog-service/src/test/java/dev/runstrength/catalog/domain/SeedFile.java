package dev.runstrength.catalog.domain;

import dev.runstrength.infra.RepoFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test-scope loader: finds the seed file by walking up from the working directory and reads it with Jackson. */
public final class SeedFile {

    public static final String SEED_PATH = RepoFiles.SEED_CATALOGUE;

    private static Catalogue cached;

    private SeedFile() {
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
        return RepoFiles.seedCatalogue();
    }

    public static Path repositoryRoot() {
        return RepoFiles.repositoryRoot();
    }
}
