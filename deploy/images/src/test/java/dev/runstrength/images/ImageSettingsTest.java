package dev.runstrength.images;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image block of each service's application.properties, against the manifests and the docs.
 * {@link CatalogImageIT} proves on a real build that the block produces the image it describes.
 */
class ImageSettingsTest {

    private static final Path REPO = Repo.root();

    @ParameterizedTest
    @FieldSource("dev.runstrength.images.ImageSettings#SERVICES")
    void a_normal_build_makes_no_image(String service) {
        assertThat(ImageSettings.of(REPO, service).buildByDefault()).isFalse();
    }

    @ParameterizedTest
    @FieldSource("dev.runstrength.images.ImageSettings#SERVICES")
    void image_is_named_runstrength_slash_service_and_tagged_with_the_version(String service) {
        ImageSettings settings = ImageSettings.of(REPO, service);

        assertThat(settings.repository()).isEqualTo("runstrength/" + service);
        assertThat(settings.tag()).isEqualTo("${quarkus.application.version}");
    }

    @ParameterizedTest
    @FieldSource("dev.runstrength.images.ImageSettings#SERVICES")
    void overlays_and_base_deployment_reference_that_image(String service) {
        ImageSettings settings = ImageSettings.of(REPO, service);
        OverlayImages.Entry dev = OverlayImages.entry(REPO, "dev", settings.repository()).orElseThrow();
        OverlayImages.Entry prod = OverlayImages.entry(REPO, "prod", settings.repository()).orElseThrow();

        assertThat(OverlayImages.baseContainer(REPO, service).path("image").asText()).isEqualTo(settings.repository());
        assertThat(dev.newName()).isEqualTo(settings.repository());
        assertThat(dev.newTag()).isEqualTo(Repo.version());
        assertThat(prod.newName()).isEqualTo(settings.repository());
        // prod runs a release build: a fixed version, never a snapshot or a moving tag
        assertThat(prod.newTag()).matches("[0-9]+\\.[0-9]+\\.[0-9]+");
    }

    @ParameterizedTest
    @FieldSource("dev.runstrength.images.ImageSettings#SERVICES")
    void base_image_is_a_pinned_ubi9_openjdk_17_runtime(String service) {
        assertThat(ImageSettings.of(REPO, service).baseImage())
                .matches("registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime:[0-9]+\\.[0-9]+(-[0-9.]+)?");
    }

    @ParameterizedTest
    @FieldSource("dev.runstrength.images.ImageSettings#SERVICES")
    void user_is_numeric_non_root_and_the_one_the_pod_runs_as(String service) {
        String user = ImageSettings.of(REPO, service).user();

        assertThat(user).matches("[0-9]+").isNotEqualTo("0");
        assertThat(OverlayImages.basePodSecurityContext(REPO, service).path("runAsUser").asText()).isEqualTo(user);
    }

    @ParameterizedTest
    @FieldSource("dev.runstrength.images.ImageSettings#SERVICES")
    void port_is_the_container_port_of_the_deployment(String service) {
        String port = ImageSettings.of(REPO, service).ports();

        assertThat(port).isEqualTo("8080");
        assertThat(OverlayImages.baseContainer(REPO, service).path("ports").path(0).path("containerPort").asText())
                .isEqualTo(port);
    }

    @ParameterizedTest
    @FieldSource("dev.runstrength.images.ImageSettings#SERVICES")
    void entrypoint_runs_the_fast_jar_in_the_working_directory(String service) {
        ImageSettings settings = ImageSettings.of(REPO, service);

        assertThat(settings.entrypoint()).startsWith("java").endsWith("-jar", settings.workingDirectory() + "/quarkus-run.jar");
        assertThat(settings.jvmOptions()).isNotEmpty().allMatch(option -> option.startsWith("-"));
    }

    @Test
    void the_three_services_share_base_user_port_and_entrypoint() {
        ImageSettings catalog = ImageSettings.of(REPO, "catalog-service");

        for (String service : ImageSettings.SERVICES) {
            ImageSettings settings = ImageSettings.of(REPO, service);
            assertThat(settings.baseImage()).as(service).isEqualTo(catalog.baseImage());
            assertThat(settings.user()).as(service).isEqualTo(catalog.user());
            assertThat(settings.ports()).as(service).isEqualTo(catalog.ports());
            assertThat(settings.workingDirectory()).as(service).isEqualTo(catalog.workingDirectory());
            assertThat(settings.entrypoint()).as(service).isEqualTo(catalog.entrypoint());
        }
    }

    @Test
    void docs_explain_every_jvm_flag_the_base_image_and_the_user() throws IOException {
        ImageSettings catalog = ImageSettings.of(REPO, "catalog-service");
        String images = section(Files.readString(REPO.resolve("docs/deploy.md")), "## Images");

        assertThat(images).contains(catalog.baseImage(), "UID " + catalog.user());
        for (String option : catalog.jvmOptions()) {
            assertThat(images).as("docs/deploy.md, Images, explains %s", option).contains("`" + option + "`");
        }
    }

    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        assertThat(start).as("docs/deploy.md has a section %s", heading).isNotNegative();
        int end = markdown.indexOf("\n## ", start + heading.length() + 2);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }
}
