package dev.runstrength.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository is: the {@code runstrength.repo} property run.sh sets, else the nearest parent with the modules. */
final class RepoRoot {

    private RepoRoot() {
    }

    static Path find() {
        String property = System.getProperty("runstrength.repo");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        return findFrom(Path.of("").toAbsolutePath());
    }

    static Path findFrom(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("deploy").resolve("local"))) {
                return dir;
            }
        }
        return null;
    }
}
