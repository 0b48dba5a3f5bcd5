package dev.runstrength.tracking.domain;

import dev.runstrength.infra.RepoFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.runstrength.dose.BlockPhase;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
                    ExerciseStatus.valueOf(e.path("status").asText("ACTIVE")),
                    phases(e.path("phases")), strings(e.path("equipment")), strings(e.path("bodyAreas")),
                    areas(e.path("contraindications")), loads(e.path("loads"))));
        }
        return exercises;
    }

    private static Set<BlockPhase> phases(JsonNode array) {
        Set<BlockPhase> phases = EnumSet.noneOf(BlockPhase.class);
        array.forEach(v -> phases.add(BlockPhase.valueOf(v.asText())));
        return phases;
    }

    /** Pain areas this tracking build knows; others (a newer contract's) are passed over. */
    private static Set<PainArea> areas(JsonNode array) {
        Set<PainArea> areas = EnumSet.noneOf(PainArea.class);
        array.forEach(v -> known(v.asText()).ifPresent(areas::add));
        return areas;
    }

    /** The catalogue's v1.1 {@code loads} (area -> LOW/MODERATE/HIGH), when the file has them. */
    private static Map<PainArea, AreaLoad> loads(JsonNode object) {
        Map<PainArea, AreaLoad> loads = new EnumMap<>(PainArea.class);
        object.fields().forEachRemaining(f -> known(f.getKey()).ifPresent(a -> loads.put(a, AreaLoad.valueOf(f.getValue().asText()))));
        return loads;
    }

    private static Optional<PainArea> known(String name) {
        return java.util.Arrays.stream(PainArea.values()).filter(a -> a.name().equals(name)).findFirst();
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
