package dev.runstrength.images;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root and the project version, as Maven passes them to the tests. */
final class Repo {

    private Repo() {
    }

    static Path root() {
        String configured = System.getProperty("runstrength.repo");
        Path root = (configured == null ? Path.of("../..") : Path.of(configured)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("deploy/kubernetes/base/kustomization.yaml"))) {
            throw new IllegalStateException("not the RunStrength repository: " + root);
        }
        return root;
    }

    static String version() {
        String version = System.getProperty("runstrength.version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException("runstrength.version is not set; run the tests through Maven");
        }
        return version;
    }
}
