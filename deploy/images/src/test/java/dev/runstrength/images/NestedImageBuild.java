package dev.runstrength.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the real Quarkus image build of one service in a child Maven, offline, on a copy of the
 * service and the modules it is built from. The copy keeps the build away from the service's own
 * target/ (other tests run the packaged services from there).
 */
final class NestedImageBuild {

    /** What {@code service} is built from inside this repository, besides the parent POM. */
    private static final List<String> CATALOG_MODULES = List.of("contracts", "platform", "local-infra", "catalog-service");

    record Result(int exitCode, Duration took, Path log) {
        String logTail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private NestedImageBuild() {
    }

    /**
     * Builds catalog-service's image and pushes it to {@code registry}, starting from the base image
     * in {@code baseTar}. {@code work} receives the copied sources, Jib's caches and the build log.
     */
    static Result catalogService(Path repo, Path work, String registry, Path baseTar) throws Exception {
        Path copy = work.resolve("sources");
        copySources(repo, copy, CATALOG_MODULES);
        Path aggregator = copy.resolve("images-build.xml");
        Files.writeString(aggregator, aggregatorPom(CATALOG_MODULES));

        List<String> command = new ArrayList<>(List.of(mavenExecutable().toString(),
                "-o", "-B", "-f", aggregator.toString(), "package",
                "-Dmaven.test.skip=true",
                // the services generate no code; and since Quarkus 3.34 the test-mode bootstrap of
                // generate-code-tests looks for the parent POM in the local repository, which an offline
                // copy of a few modules does not have
                "-Dquarkus.generate-code.skip=true",
                "-Dquarkus.container-image.build=true",
                "-Dquarkus.container-image.push=true",
                "-Dquarkus.container-image.registry=" + registry,
                "-Dquarkus.container-image.insecure=true",
                "-Dquarkus.jib.base-jvm-image=tar://" + baseTar.toAbsolutePath(),
                "-Dquarkus.jib.base-image-layers-cache=" + work.resolve("jib-cache/base").toAbsolutePath(),
                "-Dquarkus.jib.application-layers-cache=" + work.resolve("jib-cache/application").toAbsolutePath()));
        String localRepository = System.getProperty("maven.repo.local");
        if (localRepository != null && !localRepository.isBlank()) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        Path log = work.resolve("nested-build.log");
        Process process = new ProcessBuilder(command)
                .directory(copy.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long start = System.nanoTime();
        // a guard against a hung child, not a performance assertion
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            return new Result(-1, Duration.ofNanos(System.nanoTime() - start), log);
        }
        return new Result(process.exitValue(), Duration.ofNanos(System.nanoTime() - start), log);
    }

    private static Path mavenExecutable() {
        String home = System.getProperty("maven.home");
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("maven.home is not set; run this test through Maven (mvn verify)");
        }
        Path unix = Path.of(home, "bin", "mvn");
        return Files.isRegularFile(unix) ? unix : Path.of(home, "bin", "mvn.cmd");
    }

    private static void copySources(Path repo, Path copy, List<String> modules) throws IOException {
        Files.createDirectories(copy);
        Files.copy(repo.resolve("pom.xml"), copy.resolve("pom.xml"), StandardCopyOption.REPLACE_EXISTING);
        for (String module : modules) {
            Path from = repo.resolve(module);
            Path to = copy.resolve(module);
            Files.createDirectories(to);
            Files.copy(from.resolve("pom.xml"), to.resolve("pom.xml"), StandardCopyOption.REPLACE_EXISTING);
            if (Files.isDirectory(from.resolve("src/main"))) {
                copyTree(from.resolve("src/main"), to.resolve("src/main"));
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.collect(Collectors.toList())) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String aggregatorPom(List<String> modules) {
        String moduleLines = modules.stream()
                .map(module -> "    <module>" + module + "</module>")
                .collect(Collectors.joining("\n"));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.runstrength.images-test</groupId>
                  <artifactId>nested-image-build</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <modules>
                %s
                  </modules>
                </project>
                """.formatted(moduleLines);
    }
}
