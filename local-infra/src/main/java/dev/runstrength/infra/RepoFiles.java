package dev.runstrength.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of this repository that tests in any module read, found by walking up from the working directory. */
public final class RepoFiles {

    /** The bundled catalogue (catalogue-format), owned by catalog-service. */
    public static final String SEED_CATALOGUE = "catalog-service/src/main/resources/catalog/exercises.json";

    private RepoFiles() {
    }

    public static Path seedCatalogue() {
        return repositoryRoot().resolve(SEED_CATALOGUE);
    }

    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(SEED_CATALOGUE))) {
                return dir;
            }
        }
        throw new IllegalStateException("no " + SEED_CATALOGUE + " above " + Path.of("").toAbsolutePath());
    }
}
