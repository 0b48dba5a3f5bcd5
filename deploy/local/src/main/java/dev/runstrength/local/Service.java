package dev.runstrength.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the three services as the local stack runs it: its API port, its management port (health,
 * metrics, OpenAPI, Swagger UI) and its own database.
 */
public record Service(String name, int httpPort, int managementPort, String database) {

    /** How service-jvm.options marks a line of the images' environment. */
    private static final String ENV = "env ";

    public static final List<Service> ALL = List.of(
            new Service("catalog", 8081, 9081, "catalog"),
            new Service("planner", 8082, 9082, "planner"),
            new Service("tracking", 8083, 9083, "tracking"));

    /** The fast-jar launcher Quarkus builds into {@code <svc>-service/target/quarkus-app}. */
    public Path runnableJar(Path repoRoot) {
        return repoRoot.resolve(name + "-service").resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public String readinessUrl() {
        return managementUrl() + "/q/health/ready";
    }

    public String swaggerUiUrl() {
        return managementUrl() + "/q/swagger-ui";
    }

    /**
     * The environment the images set, and the standard Quarkus and MicroProfile JWT variables a deployment sets to
     * point a service at its infrastructure and at the issuer whose tokens it trusts.
     */
    public Map<String, String> environment(String kafkaBootstrapServers, String jdbcUrl, String username, String password,
                                           Path publicKey, String issuer) {
        Map<String, String> env = new LinkedHashMap<>(imageEnvironment());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", username);
        env.put("QUARKUS_DATASOURCE_PASSWORD", password);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toAbsolutePath().toString());
        env.put("MP_JWT_VERIFY_ISSUER", issuer);
        return env;
    }

    /**
     * {@code java <flags> -jar quarkus-run.jar} with the same Java that runs the launcher, and the JVM
     * flags the services' images start with ({@link #jvmOptions()}).
     */
    public List<String> command(Path repoRoot) {
        return command(repoRoot, List.of());
    }

    /**
     * The same command with more JVM options after the images' flags, so that they win where both set one (a
     * benchmark trying {@code -Xmx96m}); JAVA_TOOL_OPTIONS would lose to the command line.
     */
    public List<String> command(Path repoRoot, List<String> moreOptions) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions());
        command.addAll(moreOptions);
        command.add("-jar");
        command.add(runnableJar(repoRoot).toString());
        return command;
    }

    /** The parent pom's {@code runstrength.service.jvm-options}, as the build filtered it into this module. */
    public static List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        imageSettings().stream().filter(line -> !line.startsWith(ENV))
                .forEach(line -> Arrays.stream(line.split(",")).map(String::trim).filter(o -> !o.isEmpty())
                        .forEach(options::add));
        return List.copyOf(options);
    }

    /** The environment the images set (the parent pom's {@code quarkus.jib.environment-variables}), filtered likewise. */
    public static Map<String, String> imageEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        imageSettings().stream().filter(line -> line.startsWith(ENV)).map(line -> line.substring(ENV.length()).trim())
                .map(pair -> pair.split("=", 2)).forEach(pair -> env.put(pair[0], pair[1]));
        return env;
    }

    /** The lines of service-jvm.options that say something: flags, and {@value #ENV}NAME=value. */
    private static List<String> imageSettings() {
        try (InputStream in = Service.class.getResourceAsStream("service-jvm.options")) {
            if (in == null) {
                throw new IllegalStateException("service-jvm.options is missing: build deploy/local with Maven");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read service-jvm.options", e);
        }
    }
}
