package dev.runstrength.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the three services as the local stack runs it: its API port, its management port (health,
 * metrics, OpenAPI, Swagger UI) and its own database.
 */
public record Service(String name, int httpPort, int managementPort, String database) {

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
     * The standard Quarkus and MicroProfile JWT variables a deployment sets to point a service at its
     * infrastructure and at the issuer whose tokens it trusts.
     */
    public Map<String, String> environment(String kafkaBootstrapServers, String jdbcUrl, String username, String password,
                                           Path publicKey, String issuer) {
        Map<String, String> env = new LinkedHashMap<>();
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

    /** {@code java -jar quarkus-run.jar} with the same Java that runs the launcher. */
    public List<String> command(Path repoRoot) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return List.of(java.toString(), "-jar", runnableJar(repoRoot).toString());
    }
}
