package dev.runstrength.images;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real image build: catalog-service packaged with the Quarkus Jib extension in a child Maven
 * (offline), pushed to a registry on loopback, then pulled back and checked as a reviewer would.
 * Planner and tracking carry the same image block; {@link ImageSettingsTest} holds them to it.
 */
class CatalogImageIT {

    private static final String SERVICE = "catalog-service";

    private static LoopbackRegistry registry;
    private static ImageSettings settings;
    private static PushedImage image;

    @BeforeAll
    static void build_push_and_pull() throws Exception {
        Path repo = Repo.root();
        Path work = Path.of(System.getProperty("runstrength.build-dir", "target")).toAbsolutePath().resolve("image-build");
        deleteTree(work);
        Files.createDirectories(work);
        registry = LoopbackRegistry.start();
        Path baseTar = BaseImageTar.write(work.resolve("base-image.tar"), work.resolve("base-image"));

        NestedImageBuild.Result build = NestedImageBuild.catalogService(repo, work, registry.address(), baseTar);
        System.out.printf("[images] nested image build of %s: exit %d in %d s, log %s%n",
                SERVICE, build.exitCode(), build.took().toSeconds(), build.log());
        assertThat(build.exitCode()).as("nested image build failed; end of %s:%n%s", build.log(), build.logTail()).isZero();

        settings = ImageSettings.of(repo, SERVICE);
        image = PushedImage.pull(registry.address(), settings.repository(), Repo.version());
    }

    @AfterAll
    static void stop_registry() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void is_pushed_under_the_name_and_tag_the_dev_overlay_references() {
        OverlayImages.Entry dev = OverlayImages.entry(Repo.root(), "dev", "runstrength/" + SERVICE).orElseThrow();

        assertThat(registry.manifest(dev.newName(), dev.newTag())).isPresent();
        assertThat(dev.newName() + ":" + dev.newTag()).isEqualTo("runstrength/catalog-service:" + Repo.version());
        assertThat(image.manifest().path("layers").size()).as("base layer plus the fast-jar layers").isGreaterThan(1);
    }

    @Test
    void runs_as_the_numeric_non_root_user_the_pod_enforces() {
        String user = image.runConfig().path("User").asText();
        JsonNode pod = OverlayImages.basePodSecurityContext(Repo.root(), SERVICE);

        assertThat(user).matches("[0-9]+").isNotEqualTo("0").isEqualTo("185");
        assertThat(pod.path("runAsUser").asText()).isEqualTo(user);
        assertThat(pod.path("runAsNonRoot").asBoolean()).isTrue();
    }

    @Test
    void entrypoint_starts_the_fast_jar_with_the_configured_jvm_flags() {
        assertThat(image.entrypoint()).startsWith("java").endsWith("-jar", "/home/jboss/quarkus-run.jar")
                .contains("-XX:+ExitOnOutOfMemoryError", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager")
                .anyMatch(option -> option.startsWith("-Xmx"));
        assertThat(image.entrypoint()).as("the parent pom's entrypoint, flags included").isEqualTo(settings.entrypoint());
        assertThat(image.runConfig().path("Cmd").isNull() || image.runConfig().path("Cmd").isEmpty())
                .as("no program arguments appended to the entrypoint: %s", image.runConfig().path("Cmd"))
                .isTrue();
        assertThat(image.runConfig().path("WorkingDir").asText()).isEqualTo("/home/jboss");
    }

    @Test
    void environment_holds_what_the_parent_pom_sets_for_the_images() {
        Map<String, String> expected = ImageSettings.parentEnvironment(Repo.root());
        List<String> env = new ArrayList<>();
        image.runConfig().path("Env").forEach(pair -> env.add(pair.asText()));

        assertThat(expected).containsKey("MALLOC_ARENA_MAX");
        expected.forEach((name, value) -> assertThat(env).contains(name + "=" + value));
    }

    @Test
    void exposes_the_http_port_the_deployment_uses() {
        JsonNode container = OverlayImages.baseContainer(Repo.root(), SERVICE);

        assertThat(image.runConfig().path("ExposedPorts").fieldNames()).toIterable().containsExactly("8080/tcp");
        assertThat(container.path("ports").path(0).path("containerPort").asInt()).isEqualTo(8080);
    }

    @Test
    void layers_hold_the_quarkus_fast_jar() {
        Map<String, PushedImage.LayerFile> files = image.files();

        assertThat(files).containsKeys(
                "home/jboss/quarkus-run.jar",
                "home/jboss/app/catalog-service-" + Repo.version() + ".jar",
                "home/jboss/quarkus/quarkus-application.dat",
                "home/jboss/lib/main/dev.runstrength.platform-" + Repo.version() + ".jar",
                "home/jboss/lib/main/dev.runstrength.contracts-" + Repo.version() + ".jar");
        assertThat(files.keySet()).anyMatch(path -> path.startsWith("home/jboss/lib/boot/") && path.endsWith(".jar"));
        assertThat(files.keySet()).noneMatch(path -> path.contains("local-infra"));
    }

    @Test
    void every_application_file_is_readable_by_the_runtime_user() {
        assertThat(image.files().values())
                .filteredOn(file -> file.path().startsWith("home/jboss/"))
                .isNotEmpty()
                .allSatisfy(file -> assertThat(file.uid() == 185 || (file.mode() & 0004) != 0)
                        .as("%s (mode %o, uid %d)", file.path(), file.mode(), file.uid())
                        .isTrue());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
