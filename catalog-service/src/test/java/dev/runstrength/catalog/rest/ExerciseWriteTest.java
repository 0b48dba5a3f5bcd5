package dev.runstrength.catalog.rest;

import static dev.runstrength.catalog.rest.ExerciseFixtures.exercise;
import static dev.runstrength.catalog.rest.ExerciseFixtures.uniqueId;
import static dev.runstrength.infra.security.Callers.asEditor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.catalog.CatalogTestResources;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
@CatalogTestResources
class ExerciseWriteTest {

    private static ValidatableResponse post(Object body) {
        return asEditor().contentType(ContentType.JSON).body(body.toString()).when().post("/exercises").then();
    }

    private static ValidatableResponse rejected(ObjectNode body, String field) {
        return post(body).statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString(field));
    }

    @Test
    void createReadReplaceRetire() {
        String id = uniqueId("march");
        post(exercise(id)).statusCode(201)
                .header("Location", endsWith("/exercises/" + id))
                .body("version", equalTo(1))
                .body("status", equalTo("ACTIVE"));

        String etag = asEditor().when().get("/exercises/" + id).then().statusCode(200)
                .body("name", equalTo("Test march " + id)).extract().header("ETag");
        asEditor().header("If-None-Match", etag).when().get("/exercises/" + id).then().statusCode(304);

        ObjectNode changed = exercise(id).put("name", "Marching hold " + id);
        asEditor().contentType(ContentType.JSON).header("If-Match", etag).body(changed.toString())
                .when().put("/exercises/" + id).then().statusCode(200).body("version", equalTo(2));
        // an identical body is not a change
        asEditor().contentType(ContentType.JSON).body(changed.toString())
                .when().put("/exercises/" + id).then().statusCode(200).body("version", equalTo(2));
        // the old ETag no longer matches: the client sees the new version, and a stale If-Match is refused
        asEditor().header("If-None-Match", etag).when().get("/exercises/" + id).then().statusCode(200);
        asEditor().contentType(ContentType.JSON).header("If-Match", etag).body(exercise(id).toString())
                .when().put("/exercises/" + id).then().statusCode(412).body("detail", containsString("If-Match"));

        asEditor().when().delete("/exercises/" + id).then().statusCode(204);
        asEditor().when().get("/exercises/" + id).then().statusCode(200)
                .body("status", equalTo("RETIRED")).body("version", equalTo(3));
        asEditor().when().get("/exercises?q=" + id).then().statusCode(200).body("total", equalTo(0));
        asEditor().when().get("/exercises?status=RETIRED&q=" + id).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void retiringAnExerciseRemovesLinksToIt() {
        String easy = uniqueId("easy");
        String hard = uniqueId("hard");
        post(exercise(easy)).statusCode(201);
        ObjectNode harder = exercise(hard);
        harder.put("minLevel", "INTERMEDIATE");
        harder.withArray("regressions").add(easy);
        post(harder).statusCode(201);

        asEditor().when().delete("/exercises/" + easy).then().statusCode(204);
        asEditor().when().get("/exercises/" + hard).then().statusCode(200)
                .body("regressions.size()", equalTo(0))
                .body("version", equalTo(2));
    }

    @Test
    void unknownExerciseIsA404Problem() {
        asEditor().when().get("/exercises/no-such-exercise").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no-such-exercise"));
        asEditor().when().delete("/exercises/no-such-exercise").then().statusCode(404);
        asEditor().contentType(ContentType.JSON).body(exercise("no-such-exercise").toString())
                .when().put("/exercises/no-such-exercise").then().statusCode(404);
    }

    @Test
    void aDuplicateIdIsAConflict() {
        String id = uniqueId("dup");
        post(exercise(id)).statusCode(201);
        post(exercise(id)).statusCode(409).body("detail", containsString("id"));
    }

    @Test
    void theIdMustBeAStableSlug() {
        rejected(exercise("Not A Slug!"), "id");
    }

    @Test
    void ladderLinksMustResolve() {
        ObjectNode body = exercise(uniqueId("dangling"));
        body.withArray("progressions").add("no-such-exercise");
        rejected(body, "progressions");
    }

    @Test
    void aLinkToARetiredExerciseIsRefused() {
        String gone = uniqueId("gone");
        post(exercise(gone)).statusCode(201);
        asEditor().when().delete("/exercises/" + gone).then().statusCode(204);
        ObjectNode body = exercise(uniqueId("linker"));
        body.withArray("regressions").add(gone);
        rejected(body, "regressions");
    }

    @Test
    void laddersMustStayAcyclic() {
        String a = uniqueId("cycle-a");
        String b = uniqueId("cycle-b");
        post(exercise(a)).statusCode(201);
        ObjectNode second = exercise(b);
        second.withArray("progressions").add(a);
        post(second).statusCode(201);
        // a -> b while b -> a closes a loop
        ObjectNode loop = exercise(a);
        loop.withArray("progressions").add(b);
        asEditor().contentType(ContentType.JSON).body(loop.toString()).when().put("/exercises/" + a)
                .then().statusCode(400).body("detail", containsString("progressions"));
    }

    @Test
    void aProgressionIsNotEasierThanItsSource() {
        String easier = uniqueId("easier");
        post(exercise(easier)).statusCode(201);
        ObjectNode advanced = exercise(uniqueId("advanced"));
        advanced.put("minLevel", "ADVANCED");
        advanced.withArray("progressions").add(easier);
        rejected(advanced, "progressions");
    }

    @Test
    void theDoseIsConsistent() {
        ObjectNode both = exercise(uniqueId("both"));
        both.with("prescription").put("holdSeconds", 30);
        rejected(both, "prescription");

        ObjectNode inverted = exercise(uniqueId("inverted"));
        inverted.with("prescription").put("repsMin", 15).put("repsMax", 10);
        rejected(inverted, "repsMin");
    }

    @Test
    void loadsAndKneelingAreStoredAndShownInTheOrderOfTheAreas() {
        String id = uniqueId("loaded");
        ObjectNode body = exercise(id).put("kneeling", true);
        body.putObject("loads").put("LOWER_BACK", "LOW").put("HIP", "HIGH").put("KNEE", "HIGH").put("CALF", "MODERATE");
        post(body).statusCode(201);

        String shown = asEditor().when().get("/exercises/" + id).then().statusCode(200)
                .body("loads.KNEE", equalTo("HIGH"))
                .body("loads.CALF", equalTo("MODERATE"))
                .body("kneeling", equalTo(true))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(shown).contains(
                "\"loads\":{\"KNEE\":\"HIGH\",\"CALF\":\"MODERATE\",\"HIP\":\"HIGH\",\"LOWER_BACK\":\"LOW\"}");
    }

    @Test
    void whatAnExerciseLoadsMustBeSaidAndFitItsOtherFields() {
        ObjectNode unsaid = exercise(uniqueId("unsaid"));
        unsaid.remove("loads");
        rejected(unsaid, "loads: expected at least one pain area");

        ObjectNode contraindicatedButModerate = exercise(uniqueId("moderate"));
        contraindicatedButModerate.with("loads").put("HIP", "MODERATE");
        rejected(contraindicatedButModerate, "loads.HIP: expected HIGH because HIP is a contraindication");

        ObjectNode kneeling = exercise(uniqueId("kneeling")).put("kneeling", true);
        rejected(kneeling, "loads.KNEE: expected HIGH because kneeling is true");

        ObjectNode unknownArea = exercise(uniqueId("elbow"));
        unknownArea.with("loads").put("ELBOW", "LOW");
        rejected(unknownArea, "loads: keys must be one of KNEE");

        ObjectNode skip = exercise(uniqueId("skip"));
        skip.withArray("purposes").add("SWIFTNESS");
        rejected(skip, "loads.FOOT: expected HIGH for work that strikes or springs off the ground");
    }

    @Test
    void aJumpWhoseDoseIsOverEveryCapItMayBeGivenIsRefused() {
        ObjectNode rope = exercise(uniqueId("rope"));
        rope.put("minLevel", "INTERMEDIATE").put("impact", "HIGH").put("unilateral", false).put("footContactsPerRep", 1);
        rope.with("prescription").put("repsMin", 30).put("repsMax", 50).put("perSide", false);
        rope.putArray("contraindications").add("KNEE").add("ACHILLES").add("HEEL").add("FOOT").add("ANKLE").add("SHIN")
                .add("CALF");
        ObjectNode loads = rope.putObject("loads");
        for (String area : new String[]{"KNEE", "ACHILLES", "HEEL", "FOOT", "ANKLE", "SHIN", "CALF"}) {
            loads.put(area, "HIGH");
        }
        rejected(rope, "INTERMEDIATE cap of 60 foot contacts, received '120 foot contacts'");

        rope.put("id", uniqueId("rope")).with("prescription").put("repsMin", 15).put("repsMax", 20);
        post(rope).statusCode(201);
    }

    @Test
    void unknownEnumValuesAreRejectedNamingTheField() {
        ObjectNode body = exercise(uniqueId("enum"));
        body.withArray("equipment").add("SKATEBOARD");
        rejected(body, "equipment");
        ObjectNode level = exercise(uniqueId("level"));
        level.put("minLevel", "EXPERT");
        rejected(level, "minLevel");
    }

    @Test
    void aMissingRequiredFieldOrUnreadableBodyIsA400() {
        ObjectNode body = exercise(uniqueId("noname"));
        body.remove("name");
        rejected(body, "name");
        asEditor().contentType(ContentType.JSON).body("{not json").when().post("/exercises").then()
                .statusCode(400).contentType("application/problem+json");
    }
}
