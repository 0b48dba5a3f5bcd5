package dev.runstrength.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The base is the services alone; the bundled Kafka and PostgreSQL, their backups and lag scaling
 * are Kustomize components, and every component is rendered by an overlay or example.
 */
class LayoutTest {

    private static final Set<String> OPERATOR_GROUPS = Set.of("kafka.strimzi.io", "postgresql.cnpg.io", "keda.sh");

    @Test
    void the_base_holds_no_strimzi_cloudnativepg_or_keda_object() {
        Overlay base = Overlay.rendered("base");
        assertThat(base.objects).extracting(TypedModels::describe).allSatisfy(kind -> assertThat(OPERATOR_GROUPS)
                .noneMatch(group -> kind.startsWith(group + "/")));
        assertThat(base.ofKind("Deployment")).hasSize(ServiceConfig.SERVICES.size());
    }

    @Test
    void an_overlay_may_bring_its_own_kafka_and_postgres() {
        Overlay own = Overlay.rendered("own-kafka-postgres");
        assertThat(own.objects).extracting(TypedModels::describe).allSatisfy(kind -> assertThat(OPERATOR_GROUPS)
                .noneMatch(group -> kind.startsWith(group + "/")));
        for (String service : ServiceConfig.SERVICES) {
            Workloads workload = Workloads.of(own, service);
            assertThat(workload.literal("KAFKA_BOOTSTRAP_SERVERS")).doesNotContain("runstrength-kafka");
            assertThat(workload.literal("QUARKUS_DATASOURCE_JDBC_URL")).doesNotContain("runstrength-db-rw");
        }
    }

    @Test
    void every_component_is_a_kustomize_component_used_by_an_overlay_or_example() throws IOException {
        Path kubernetes = Repo.root().resolve("deploy/kubernetes");
        Set<Path> components = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(kubernetes.resolve("components"))) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                assertThat(read(dir.resolve("kustomization.yaml")).path("kind").asText()).as(dir.toString()).isEqualTo("Component");
                components.add(dir.toRealPath());
            }
        }
        assertThat(components).hasSizeGreaterThanOrEqualTo(4);
        Set<Path> used = new TreeSet<>();
        for (String dir : List.of("overlays/dev", "overlays/prod", "examples/prod-keda", "examples/own-kafka-postgres")) {
            Path kustomization = kubernetes.resolve(dir);
            for (JsonNode component : read(kustomization.resolve("kustomization.yaml")).path("components")) {
                used.add(kustomization.resolve(component.asText()).toRealPath());
            }
        }
        // each used one is rendered by RenderedObjectsTest, through the overlay that uses it
        assertThat(used).containsExactlyInAnyOrderElementsOf(components);
        assertThat(Overlay.ALL).containsExactlyInAnyOrder("dev", "prod", "prod-keda", "own-kafka-postgres");
    }

    private static JsonNode read(Path yaml) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
    }
}
