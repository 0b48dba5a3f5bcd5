package dev.runstrength.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One of the three services as the local stack runs it: its HTTP port and its own database. */
public record Service(String name, int httpPort, String database) {

    public static final List<Service> ALL = List.of(
            new Service("catalog", 8081, "catalog"),
            new Service("planner", 8082, "planner"),
            new Service("tracking", 8083, "tracking"));

    /** The fast-jar launcher Quarkus builds into {@code <svc>-service/target/quarkus-app}. */
    public Path runnableJar(Path repoRoot) {
        return repoRoot.resolve(name + "-service").resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public String readinessUrl() {
        return baseUrl() + "/q/health/ready";
    }

    public String swaggerUiUrl() {
        return baseUrl() + "/q/swagger-ui";
    }

    /** The standard Quarkus variables a deployment sets to point a service at its infrastructure. */
    public Map<String, String> environment(String kafkaBootstrapServers, String jdbcUrl, String username, String password) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", username);
        env.put("QUARKUS_DATASOURCE_PASSWORD", password);
        return env;
    }

    /** {@code java -jar quarkus-run.jar} with the same Java that runs the launcher. */
    public List<String> command(Path repoRoot) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return List.of(java.toString(), "-jar", runnableJar(repoRoot).toString());
    }
}
