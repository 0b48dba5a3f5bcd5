package dev.runstrength.tracking.domain;

import dev.runstrength.infra.RepoFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test-scope reader of the shared catalogue file format into tracking's {@link ExerciseInfo}. */
final class CatalogueFile {

    static final String SEED_PATH = RepoFiles.SEED_CATALOGUE;

    private CatalogueFile() {
    }

    /** The small fixture catalogue of these tests. */
    static List<ExerciseInfo> fixture() {
        try (InputStream in = CatalogueFile.class.getResourceAsStream("/domain/fixture-catalogue.json")) {
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real seed catalogue, found by walking up from the working directory. */
    static Optional<Path> seedFile() {
        return Optional.of(RepoFiles.seedCatalogue());
    }

    static List<ExerciseInfo> read(Path file) {
        try {
            return read(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ExerciseInfo> read(JsonNode root) {
        List<ExerciseInfo> exercises = new ArrayList<>();
        for (JsonNode e : root.path("exercises")) {
            JsonNode p = e.path("prescription");
            exercises.add(new ExerciseInfo(
                    e.path("id").asText(),
                    e.path("name").asText(null),
                    e.path("unilateral").asBoolean(false),
                    p.path("perSide").asBoolean(false),
                    e.path("loadable").asBoolean(false),
                    integer(p, "repsMin"), integer(p, "repsMax"), integer(p, "holdSeconds"),
                    p.hasNonNull("loadKg") ? p.get("loadKg").asDouble() : null,
                    strings(e.path("progressions")), strings(e.path("regressions")),
                    RunnerLevel.valueOf(e.path("minLevel").asText("BEGINNER")),
                    ExerciseStatus.valueOf(e.path("status").asText("ACTIVE"))));
        }
        return exercises;
    }

    private static Integer integer(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
