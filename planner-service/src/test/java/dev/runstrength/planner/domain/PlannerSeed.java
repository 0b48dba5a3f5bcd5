package dev.runstrength.planner.domain;

import dev.runstrength.infra.RepoFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test-scope loader of the real seed catalogue (catalogue-format.md), found by walking up from the working directory. */
public final class PlannerSeed {

    private static Catalogue cached;

    private PlannerSeed() {
    }

    public static synchronized Catalogue load() {
        if (cached == null) {
            cached = read(locate());
        }
        return cached;
    }

    static Path locate() {
        return RepoFiles.seedCatalogue();
    }

    public static Catalogue read(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            Map<String, MuscleGroup> groups = new HashMap<>();
            for (JsonNode m : root.path("muscles")) {
                groups.put(m.path("id").asText(), MuscleGroup.valueOf(m.path("group").asText()));
            }
            List<CatalogueExercise> exercises = new ArrayList<>();
            for (JsonNode e : root.path("exercises")) {
                exercises.add(exercise(e, groups));
            }
            return Catalogue.of(exercises);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CatalogueExercise exercise(JsonNode e, Map<String, MuscleGroup> groups) {
        JsonNode p = e.path("prescription");
        CataloguePrescription prescription = new CataloguePrescription(p.path("sets").asInt(), intOrNull(p, "repsMin"),
                intOrNull(p, "repsMax"), intOrNull(p, "holdSeconds"), p.path("perSide").asBoolean(),
                p.hasNonNull("tempo") ? p.get("tempo").asText() : null, p.path("restSeconds").asInt(),
                p.hasNonNull("loadKg") ? p.get("loadKg").asDouble() : null);
        return new CatalogueExercise(
                e.path("id").asText(), e.path("name").asText(),
                ExerciseStatus.valueOf(e.path("status").asText("ACTIVE")),
                enums(e.path("phases"), BlockPhase.class),
                new ArrayList<>(enums(e.path("purposes"), Purpose.class, true)),
                muscleGroups(e.path("primaryMuscles"), groups),
                muscleGroups(e.path("secondaryMuscles"), groups),
                Level.valueOf(e.path("minLevel").asText()),
                e.path("unilateral").asBoolean(),
                enums(e.path("equipment"), Equipment.class),
                Impact.valueOf(e.path("impact").asText("NONE")),
                prescription,
                enums(e.path("contraindications"), PainArea.class),
                texts(e.path("progressions")), texts(e.path("regressions")),
                texts(e.path("cues")), texts(e.path("cautions")),
                e.hasNonNull("pattern") ? Pattern.valueOf(e.get("pattern").asText()) : null,
                e.path("loadable").asBoolean(false),
                e.path("footContactsPerRep").asInt(0),
                e.path("secondsPerRep").asInt(0),
                e.path("deepKneeFlexion").asBoolean(false),
                loads(e.path("loads")),
                e.path("kneeling").asBoolean(false));
    }

    private static Map<PainArea, LoadLevel> loads(JsonNode loads) {
        Map<PainArea, LoadLevel> out = new java.util.EnumMap<>(PainArea.class);
        loads.fields().forEachRemaining(f -> out.put(PainArea.valueOf(f.getKey()), LoadLevel.valueOf(f.getValue().asText())));
        return out;
    }

    private static Integer intOrNull(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Set<MuscleGroup> muscleGroups(JsonNode array, Map<String, MuscleGroup> groups) {
        Set<MuscleGroup> out = EnumSet.noneOf(MuscleGroup.class);
        array.forEach(n -> {
            MuscleGroup g = groups.get(n.asText());
            if (g == null) {
                throw new IllegalStateException("unknown muscle " + n.asText());
            }
            out.add(g);
        });
        return out;
    }

    private static <E extends Enum<E>> Set<E> enums(JsonNode array, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        array.forEach(n -> out.add(Enum.valueOf(type, n.asText())));
        return out;
    }

    private static <E extends Enum<E>> List<E> enums(JsonNode array, Class<E> type, boolean ordered) {
        List<E> out = new ArrayList<>();
        array.forEach(n -> out.add(Enum.valueOf(type, n.asText())));
        return out;
    }

}
