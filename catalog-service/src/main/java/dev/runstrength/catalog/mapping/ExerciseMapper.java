package dev.runstrength.catalog.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.catalog.domain.Exercise;
import dev.runstrength.catalog.domain.Muscle;
import dev.runstrength.contracts.ContractJson;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Translates between the domain exercise, its stored form and its wire form (the API body and the
 * event data). The domain record carries the contract's field names, so the translation is by
 * name (a round-trip test guards it); the wire form adds {@code muscleGroups}, derived from the
 * catalogue's muscle list so that consumers can check coverage without that list.
 */
public final class ExerciseMapper {

    private static final ObjectMapper JSON = ContractJson.mapper();

    /** A controlled strength rep (about 2 s down, 1 s up) when a client does not say. */
    static final int DEFAULT_SECONDS_PER_REP = 3;

    private final Map<String, Muscle> muscles;

    public ExerciseMapper(Collection<Muscle> muscles) {
        this.muscles = muscles.stream().collect(Collectors.toUnmodifiableMap(Muscle::id, Function.identity()));
    }

    public Collection<Muscle> muscles() {
        return muscles.values();
    }

    public dev.runstrength.contracts.events.Exercise toContract(Exercise exercise) {
        ObjectNode wire = JSON.valueToTree(exercise);
        Set<String> groups = exercise.primaryMuscles().stream()
                .map(muscles::get)
                .filter(Objects::nonNull)
                .map(muscle -> muscle.group().name())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        wire.set("muscleGroups", JSON.valueToTree(groups));
        if (exercise.secondsPerRep() == 0) {
            wire.putNull("secondsPerRep"); // holds have no rep time
        }
        return JSON.convertValue(wire, dev.runstrength.contracts.events.Exercise.class);
    }

    /** The stored form: the domain record as JSON. */
    public static String toStored(Exercise exercise) {
        return ContractJson.write(exercise);
    }

    public static Exercise fromStored(String json) {
        return ContractJson.read(json, Exercise.class);
    }

    /** A request body already validated against the contract's exercise schema. */
    public static Exercise fromRequest(JsonNode body) {
        ObjectNode copy = ((ObjectNode) body).deepCopy();
        copy.remove("muscleGroups"); // derived, never taken from a client
        if (copy.path("secondsPerRep").isMissingNode() || copy.path("secondsPerRep").isNull()) {
            boolean repsBased = !copy.path("prescription").path("repsMin").isNull()
                    && !copy.path("prescription").path("repsMin").isMissingNode();
            copy.put("secondsPerRep", repsBased ? DEFAULT_SECONDS_PER_REP : 0);
        }
        return JSON.convertValue(copy, Exercise.class);
    }
}
