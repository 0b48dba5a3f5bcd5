package dev.runstrength.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/** The {@code images:} entries of a Kustomize overlay, and the image the base Deployment names. */
final class OverlayImages {

    record Entry(String name, String newName, String newTag) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private OverlayImages() {
    }

    static Optional<Entry> entry(Path repo, String overlay, String imageName) {
        for (JsonNode image : read(repo.resolve("deploy/kubernetes/overlays").resolve(overlay).resolve("kustomization.yaml"))
                .path("images")) {
            if (image.path("name").asText().equals(imageName)) {
                return Optional.of(new Entry(image.path("name").asText(),
                        image.path("newName").asText(image.path("name").asText()), image.path("newTag").asText(null)));
            }
        }
        return Optional.empty();
    }

    /** The base Deployment's first container, as a JSON tree. */
    static JsonNode baseContainer(Path repo, String service) {
        return read(repo.resolve("deploy/kubernetes/base").resolve(service).resolve("deployment.yaml"))
                .path("spec").path("template").path("spec").path("containers").path(0);
    }

    static JsonNode basePodSecurityContext(Path repo, String service) {
        return read(repo.resolve("deploy/kubernetes/base").resolve(service).resolve("deployment.yaml"))
                .path("spec").path("template").path("spec").path("securityContext");
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
