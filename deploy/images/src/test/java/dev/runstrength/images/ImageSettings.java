package dev.runstrength.images;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's image settings, read from the block at the end of its application.properties; the
 * entrypoint, the same for all three, from the parent pom.xml (quarkus.jib.jvm-entrypoint with the JVM
 * flags of runstrength.service.jvm-options, which the local stack starts the services with too).
 */
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
                Arrays.asList(properties.getProperty("quarkus.jib.jvm-entrypoint", parentEntrypoint(repo)).split(",")));
    }

    /** The parent pom's quarkus.jib.jvm-entrypoint, its ${runstrength.service.jvm-options} filled in. */
    static String parentEntrypoint(Path repo) {
        String pom = parentPom(repo);
        return pomProperty(pom, "quarkus.jib.jvm-entrypoint")
                .replace("${runstrength.service.jvm-options}", pomProperty(pom, "runstrength.service.jvm-options"));
    }

    /** The environment the parent pom gives the images: its quarkus.jib.environment-variables.NAME properties. */
    static Map<String, String> parentEnvironment(Path repo) {
        Map<String, String> env = new TreeMap<>();
        Matcher variable = Pattern.compile("<quarkus\\.jib\\.environment-variables\\.([A-Za-z0-9_]+)>([^<]*)<")
                .matcher(parentPom(repo));
        while (variable.find()) {
            env.put(variable.group(1), variable.group(2).trim());
        }
        return env;
    }

    private static String parentPom(Path repo) {
        try {
            return Files.readString(repo.resolve("pom.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pomProperty(String pom, String name) {
        Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">").matcher(pom);
        if (!value.find()) {
            throw new IllegalStateException("the parent pom has no " + name);
        }
        return value.group(1).trim();
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
