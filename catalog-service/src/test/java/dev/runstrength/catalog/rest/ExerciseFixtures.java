package dev.runstrength.catalog.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.ContractJson;
import java.util.UUID;

/** A valid new exercise body to vary in write tests. */
public final class ExerciseFixtures {

    private ExerciseFixtures() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ObjectNode exercise(String id) {
        ObjectNode body = ContractJson.mapper().createObjectNode();
        body.put("id", id);
        body.put("name", "Test march " + id);
        body.putArray("phases").add("STRENGTHEN");
        body.putArray("purposes").add("STRENGTH_ENDURANCE");
        body.putArray("bodyAreas").add("HIP");
        body.putArray("primaryMuscles").add("ILIOPSOAS");
        body.putArray("secondaryMuscles").add("RECTUS_FEMORIS");
        body.put("minLevel", "BEGINNER");
        body.put("unilateral", true);
        body.putArray("equipment");
        body.put("impact", "LOW");
        ObjectNode dose = body.putObject("prescription");
        dose.put("sets", 3);
        dose.put("repsMin", 8);
        dose.put("repsMax", 12);
        dose.putNull("holdSeconds");
        dose.put("perSide", true);
        dose.putNull("tempo");
        dose.put("restSeconds", 45);
        body.putArray("contraindications").add("HIP");
        body.putObject("loads").put("HIP", "HIGH").put("LOWER_BACK", "LOW");
        body.putArray("progressions");
        body.putArray("regressions");
        body.putArray("cues").add("Drive the knee up to hip height");
        body.putArray("cautions");
        ArrayNode sources = body.putArray("sources");
        sources.addObject().put("title", "RunStrength test fixture").putNull("url");
        return body;
    }
}
