package dev.runstrength.replica;

import dev.runstrength.infra.RepoFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.events.Exercise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The real seed catalogue (catalog-service's exercises.json, found by walking up from the working
 * directory), each exercise as catalog-service publishes it: with {@code muscleGroups}, the groups
 * of its primary muscles.
 */
public final class SeedExercises {

    private static JsonNode root;

    private SeedExercises() {
    }

    public static synchronized JsonNode root() {
        if (root == null) {
            try {
                root = ContractJson.mapper().readTree(locate().toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    /** Muscle id to group name, from the seed's muscle list. */
    public static Map<String, String> muscleGroups() {
        Map<String, String> groups = new TreeMap<>();
        root().path("muscles").forEach(m -> groups.put(m.path("id").asText(), m.path("group").asText()));
        return groups;
    }

    /** Each exercise's upserted-event data. */
    public static List<ObjectNode> events() {
        Map<String, String> groups = muscleGroups();
        List<ObjectNode> events = new ArrayList<>();
        for (JsonNode exercise : root().path("exercises")) {
            ObjectNode event = exercise.deepCopy();
            Set<String> primary = new LinkedHashSet<>();
            exercise.path("primaryMuscles").forEach(m -> primary.add(groups.get(m.asText())));
            ArrayNode muscleGroups = event.putArray("muscleGroups");
            primary.forEach(muscleGroups::add);
            events.add(event);
        }
        return events;
    }

    public static List<Exercise> exercises() {
        return events().stream().map(event -> {
            try {
                return ContractJson.mapper().treeToValue(event, Exercise.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static Path locate() {
        return RepoFiles.seedCatalogue();
    }
}
