package dev.runstrength.system;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/** The catalogue as catalog-service serves it over HTTP, read the way a reviewer of a plan would. */
final class Catalogue {

    private final String baseUrl;
    private final Map<String, JsonNode> read = new HashMap<>();

    Catalogue(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    JsonNode exercise(String id) {
        return read.computeIfAbsent(id, key -> Backend.json(given().baseUri(baseUrl)
                .get("/exercises/{id}", key).then().statusCode(200).extract().asString()));
    }

    boolean bendsTheKneeDeeply(String id) {
        return exercise(id).path("deepKneeFlexion").asBoolean(false);
    }

    /** A jump: foot contacts counted per rep, a PLYOMETRIC purpose or HIGH impact. */
    boolean isJump(String id) {
        JsonNode exercise = exercise(id);
        return exercise.path("footContactsPerRep").asInt(0) > 0
                || exercise.path("impact").asText().equals("HIGH")
                || exercise.path("purposes").toString().contains("\"PLYOMETRIC\"");
    }

    /** What DOMAIN rule 5 keeps away from a hurting knee: loaded deep knee flexion and jumps. */
    boolean loadsTheKnee(String id) {
        return bendsTheKneeDeeply(id) || isJump(id);
    }
}
