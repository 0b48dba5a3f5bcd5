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

    /** A kneeling position (contract v1.1 {@code kneeling}). */
    boolean kneels(String id) {
        return exercise(id).path("kneeling").asBoolean(false);
    }

    /** A lunge or split squat, as a coach reads the exercise's name. */
    boolean isLungeOrSplitSquat(String id) {
        String text = (id + " " + exercise(id).path("name").asText()).toLowerCase(java.util.Locale.ROOT);
        return text.contains("lunge") || text.contains("split");
    }

    /** How much the exercise loads a pain area (contract v1.1 {@code loads}): LOW, MODERATE, HIGH, or "" when not. */
    String load(String id, String area) {
        return exercise(id).path("loads").path(area).asText("");
    }

    /** What DOMAIN rule 5 (v1.1) keeps away from a knee hurting at 6/10 or more. */
    boolean offLimitsForASevereKnee(String id) {
        String knee = load(id, "KNEE");
        return loadsTheKnee(id) || kneels(id) || isLungeOrSplitSquat(id) || knee.equals("MODERATE") || knee.equals("HIGH")
                || exercise(id).path("impact").asText().equals("HIGH");
    }
}
