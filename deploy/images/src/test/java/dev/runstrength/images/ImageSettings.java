package dev.runstrength.images;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** A service's image settings, read from the block at the end of its application.properties. */
record ImageSettings(String service, boolean buildByDefault, String group, String name, String tag,
                     String baseImage, String user, String ports, String workingDirectory, List<String> entrypoint) {

    static final List<String> SERVICES = List.of("catalog-service", "planner-service", "tracking-service");

    static ImageSettings of(Path repo, String service) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(repo.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImageSettings(service,
                Boolean.parseBoolean(properties.getProperty("quarkus.container-image.build", "false")),
                properties.getProperty("quarkus.container-image.group"),
                properties.getProperty("quarkus.container-image.name"),
                properties.getProperty("quarkus.container-image.tag"),
                properties.getProperty("quarkus.jib.base-jvm-image"),
                properties.getProperty("quarkus.jib.user"),
                properties.getProperty("quarkus.jib.ports"),
                properties.getProperty("quarkus.jib.working-directory"),
                Arrays.asList(properties.getProperty("quarkus.jib.jvm-entrypoint", "").split(",")));
    }

    /** group/name, the image name without registry and tag. */
    String repository() {
        return group + "/" + name;
    }

    /** The JVM options of the entrypoint: what lies between {@code java} and {@code -jar}. */
    List<String> jvmOptions() {
        return entrypoint.subList(1, entrypoint.indexOf("-jar"));
    }
}
