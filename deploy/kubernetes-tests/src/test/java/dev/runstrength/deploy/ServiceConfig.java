package dev.runstrength.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What one service reads: its application.properties and the @ConfigMapping interfaces of its code. */
final class ServiceConfig {

    static final List<String> SERVICES = List.of("catalog-service", "planner-service", "tracking-service");

    /** The producer column of the contract's topic table. */
    private static final Map<String, String> PRODUCES = Map.of(
            "catalog-service", "catalog.exercises",
            "planner-service", "planner.plans",
            "tracking-service", "tracking.progressions");

    private static final Pattern MAPPING_PREFIX = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"\\)");
    private static final Pattern MAPPING_METHOD = Pattern.compile("^\\s+[\\w<>.,\\s]+?\\s(\\w+)\\(\\);", Pattern.MULTILINE);
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    final String service;
    final Properties properties;
    private final Set<String> mappedKeys;

    private ServiceConfig(String service, Properties properties, Set<String> mappedKeys) {
        this.service = service;
        this.properties = properties;
        this.mappedKeys = mappedKeys;
    }

    static ServiceConfig of(String service) {
        Path root = Repo.root();
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(root.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> mapped = new TreeSet<>();
        // the service's own code and the platform module every service runs
        for (Path sources : List.of(root.resolve(service).resolve("src/main/java"), root.resolve("platform/src/main/java"))) {
            mapped.addAll(mappedKeys(sources));
        }
        return new ServiceConfig(service, properties, mapped);
    }

    /** Topics the service consumes, from mp.messaging.incoming.*.topic. */
    Set<String> consumedTopics() {
        return valuesOf("mp\\.messaging\\.incoming\\.[^.]+\\.topic");
    }

    /** Dead-letter topics the service writes, from mp.messaging.incoming.*.dead-letter-queue.topic. */
    Set<String> deadLetterTopics() {
        return valuesOf("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic");
    }

    Set<String> consumerGroups() {
        return valuesOf("mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id");
    }

    /** Each consumer group and the topic it reads, from the incoming channels. */
    Map<String, String> topicOfGroup() {
        Map<String, String> topics = new java.util.TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher channel = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.group\\.id").matcher(key);
            if (channel.matches()) {
                topics.put(properties.getProperty(key),
                        properties.getProperty("mp.messaging.incoming." + channel.group(1) + ".topic"));
            }
        }
        return topics;
    }

    String producedTopic() {
        return PRODUCES.get(service);
    }

    /** Every topic the service names: consumed, dead letters and the one it produces. */
    Set<String> namedTopics() {
        Set<String> all = new TreeSet<>(consumedTopics());
        all.addAll(deadLetterTopics());
        all.add(producedTopic());
        return all;
    }

    Duration shutdownTimeout() {
        return Duration.parse("PT" + properties.getProperty("quarkus.shutdown.timeout", "0s").toUpperCase(Locale.ROOT));
    }

    /**
     * The path of a health check on the management interface (where the manifests ask for it),
     * honouring a moved management root or health root.
     */
    String healthPath(String check) {
        String health = properties.getProperty("quarkus.smallrye-health.root-path", "health");
        return ("/" + managementRoot() + "/" + health + "/" + check).replaceAll("/+", "/");
    }

    /** The path of the Prometheus endpoint on the management interface. */
    String metricsPath() {
        String metrics = properties.getProperty("quarkus.micrometer.export.prometheus.path", "metrics");
        return ("/" + managementRoot() + "/" + metrics).replaceAll("/+", "/");
    }

    private String managementRoot() {
        return properties.getProperty("quarkus.management.root-path", "q");
    }

    /** The service's pom.xml, to tell which extensions it has. */
    String pom() {
        try {
            return Files.readString(Repo.root().resolve(service).resolve("pom.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether an environment variable is the environment form of a key this service reads. */
    boolean readsEnvironmentVariable(String variable) {
        return Stream.concat(properties.stringPropertyNames().stream(), mappedKeys.stream())
                .map(ServiceConfig::environmentName)
                .anyMatch(variable::equals);
    }

    Set<String> mappedKeys() {
        return mappedKeys;
    }

    /** MicroProfile Config's environment form: upper case, every non-alphanumeric character an underscore. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private Set<String> valuesOf(String keyPattern) {
        Set<String> values = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.matches(keyPattern)) {
                values.add(properties.getProperty(key));
            }
        }
        return values;
    }

    private static Set<String> mappedKeys(Path sources) {
        Set<String> keys = new TreeSet<>();
        if (!Files.isDirectory(sources)) {
            return keys;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher prefix = MAPPING_PREFIX.matcher(text);
                if (!prefix.find()) {
                    continue;
                }
                Matcher method = MAPPING_METHOD.matcher(text.substring(prefix.end()));
                while (method.find()) {
                    keys.add(prefix.group(1) + "." + kebab(method.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static String kebab(String method) {
        return CAMEL_HUMP.matcher(method).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }
}
