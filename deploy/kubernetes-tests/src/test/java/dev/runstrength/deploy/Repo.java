package dev.runstrength.deploy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Where the repository is, and whether kubectl can render its manifests here. */
final class Repo {

    private Repo() {
    }

    static Path root() {
        String configured = System.getProperty("runstrength.repo");
        Path root = configured != null ? Path.of(configured) : Path.of("../..");
        return root.toAbsolutePath().normalize();
    }

    static boolean kubectlAvailable() {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl"))
                .anyMatch(Files::isExecutable);
    }
}
