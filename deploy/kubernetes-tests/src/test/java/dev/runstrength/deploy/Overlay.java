package dev.runstrength.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** One Kustomize overlay rendered by {@code kubectl kustomize}, as the untyped objects it contains. */
final class Overlay {

    /** The overlays an operator applies as they are: the services with the bundled Kafka and PostgreSQL. */
    static final List<String> NAMES = List.of("dev", "prod");

    /** The examples: prod with lag scaling (KEDA), and the base against a Kafka and PostgreSQL of one's own. */
    static final List<String> EXAMPLES = List.of("prod-keda", "own-kafka-postgres");

    /** Every kustomization an operator may apply: each component is in at least one of them. */
    static final List<String> ALL = List.of("dev", "prod", "prod-keda", "own-kafka-postgres");

    /** Where each rendered kustomization lives, under deploy/kubernetes. */
    private static final Map<String, String> DIRECTORIES = Map.of(
            "base", "base",
            "dev", "overlays/dev",
            "prod", "overlays/prod",
            "prod-keda", "examples/prod-keda",
            "own-kafka-postgres", "examples/own-kafka-postgres");

    private static final Map<String, Overlay> RENDERED = new ConcurrentHashMap<>();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    final String name;
    final List<JsonNode> objects;

    private Overlay(String name, List<JsonNode> objects) {
        this.name = name;
        this.objects = List.copyOf(objects);
    }

    static Overlay rendered(String name) {
        Assumptions.assumeTrue(Repo.kubectlAvailable(),
                "kubectl is not on the PATH: the Kubernetes manifest checks are skipped");
        return RENDERED.computeIfAbsent(name, Overlay::render);
    }

    static Stream<Overlay> all() {
        return NAMES.stream().map(Overlay::rendered);
    }

    /** Whether this overlay runs the bundled Strimzi Kafka and CloudNativePG PostgreSQL. */
    boolean bundlesKafkaAndPostgres() {
        return !ofKind("Kafka").isEmpty();
    }

    /** Whether a HorizontalPodAutoscaler or a KEDA ScaledObject sets the Deployment's replicas. */
    boolean autoscales(String deployment) {
        return objects.stream().anyMatch(o -> (o.path("kind").asText().equals("HorizontalPodAutoscaler")
                        || o.path("kind").asText().equals("ScaledObject"))
                && o.path("spec").path("scaleTargetRef").path("name").asText().equals(deployment)
                && o.path("spec").path("scaleTargetRef").path("kind").asText("Deployment").equals("Deployment"));
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    JsonNode one(String kind, String name) {
        return ofKind(kind).stream()
                .filter(o -> name.equals(o.path("metadata").path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(this.name + " renders no " + kind + " named " + name));
    }

    @Override
    public String toString() {
        return name;
    }

    private static Overlay render(String name) {
        String directory = DIRECTORIES.get(name);
        if (directory == null) {
            throw new IllegalArgumentException("no kustomization named " + name);
        }
        Path dir = Repo.root().resolve("deploy/kubernetes").resolve(directory);
        try {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                    .redirectErrorStream(false)
                    .start();
            byte[] out = kubectl.getInputStream().readAllBytes();
            String err = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed: " + err);
            }
            List<JsonNode> objects = new ArrayList<>();
            try (var docs = YAML.readerFor(JsonNode.class).<JsonNode>readValues(out)) {
                while (docs.hasNext()) {
                    JsonNode doc = docs.next();
                    if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                        objects.add(doc);
                    }
                }
            }
            return new Overlay(name, objects);
        } catch (IOException e) {
            throw new AssertionError("cannot run kubectl kustomize " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
