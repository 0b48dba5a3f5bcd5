package dev.runstrength.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.runstrength.catalog.CatalogTestResources;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@CatalogTestResources
class ExerciseSearchTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static JsonPath search(String query) {
        return given().when().get("/exercises?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theSeedIsLoadedWithEveryExerciseOfSeed004() {
        JsonPath all = search("size=200");
        assertThat(all.getInt("total")).isGreaterThanOrEqualTo(45);
        List<String> ids = all.getList("items.id");
        assertThat(ids).contains("single-leg-calf-raise", "toe-raise", "glute-bridge", "nordic-hamstring-curl",
                "bulgarian-split-squat", "single-leg-deadlift", "box-jump", "plank", "side-plank");
    }

    /**
     * The contract's one null policy over HTTP, as in the events: a hold has no rep range, written as
     * {@code null} (the schema allows null there); nor a rep time, left out (an optional field the schema
     * does not allow to be null).
     */
    @Test
    void nullOptionalFieldsAreWrittenAsTheContractShowsThem() {
        String plank = given().when().get("/exercises/plank").then().statusCode(200).extract().asString();
        assertThat(plank).contains("\"repsMin\":null").contains("\"tempo\":null").doesNotContain("secondsPerRep");
    }

    @Test
    void phaseAndPurposeFiltersKeepOnlyMatchingExercises() {
        JsonPath prepare = search("phase=PREPARE&purpose=MOBILIZE&size=200");
        assertThat(prepare.getList("items")).isNotEmpty();
        assertThat(prepare.getList("items.phases", List.class)).allSatisfy(phases -> assertThat(phases).contains("PREPARE"));
        assertThat(prepare.getList("items.purposes", List.class)).allSatisfy(p -> assertThat(p).contains("MOBILIZE"));
    }

    @Test
    void equipmentMeansDoableWithWhatTheRunnerOwns() {
        JsonPath bodyWeight = search("equipment=WALL&equipment=RESISTANCE_BAND&size=200");
        assertThat(bodyWeight.getList("items")).isNotEmpty();
        assertThat(bodyWeight.getList("items.equipment", List.class))
                .allSatisfy(needs -> assertThat(needs).isSubsetOf("WALL", "RESISTANCE_BAND"));
        List<String> ids = bodyWeight.getList("items.id");
        assertThat(ids).doesNotContain("box-jump");
    }

    @Test
    void levelMeansAtOrBelow() {
        JsonPath beginner = search("level=BEGINNER&size=200");
        assertThat(beginner.getList("items.minLevel", String.class)).containsOnly("BEGINNER");
        JsonPath intermediate = search("level=INTERMEDIATE&size=200");
        assertThat(intermediate.getList("items.minLevel", String.class)).doesNotContain("ADVANCED");
        assertThat(intermediate.getInt("total")).isGreaterThan(beginner.getInt("total"));
    }

    @Test
    void muscleBodyAreaUnilateralAndTextFilters() {
        assertThat(search("muscle=ILIOPSOAS&size=200").getList("items", Map.class))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(concat(item.get("primaryMuscles"), item.get("secondaryMuscles")))
                        .contains("ILIOPSOAS"));
        assertThat(search("bodyArea=CALF&size=200").getList("items.bodyAreas", List.class))
                .isNotEmpty().allSatisfy(areas -> assertThat(areas).contains("CALF"));
        assertThat(search("unilateral=true&size=200").getList("items.unilateral", Boolean.class))
                .isNotEmpty().containsOnly(true);
        List<String> names = given().queryParam("q", "Calf Raise").queryParam("size", 200)
                .when().get("/exercises").then().statusCode(200).extract().jsonPath().getList("items.name");
        assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(name.toLowerCase()).contains("calf raise"));
    }

    @Test
    void pagesAreDisjointAndCoverTheWholeResult() {
        int total = search("size=200").getInt("total");
        Set<String> seen = new HashSet<>();
        List<String> inOrder = new ArrayList<>();
        for (int page = 0; page * 7 < total; page++) {
            JsonPath one = search("size=7&page=" + page);
            assertThat(one.getInt("page")).isEqualTo(page);
            assertThat(one.getInt("size")).isEqualTo(7);
            List<String> ids = one.getList("items.id");
            assertThat(ids).hasSizeLessThanOrEqualTo(7);
            inOrder.addAll(ids);
            seen.addAll(ids);
        }
        assertThat(inOrder).hasSize(total).doesNotHaveDuplicates();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(search("size=200").getList("items.id"));
        assertThat(search("size=7&page=999").getList("items")).isEmpty();
    }

    @Test
    void aWrongParameterIsA400ProblemNamingIt() {
        given().when().get("/exercises?level=EXPERT").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("detail", containsString("level"))
                .body("detail", containsString("EXPERT"));
        given().when().get("/exercises?size=500").then().statusCode(400).body("detail", containsString("size"));
        given().when().get("/exercises?page=-1").then().statusCode(400).body("detail", containsString("page"));
        given().when().get("/exercises?equipment=SKATEBOARD").then().statusCode(400).body("detail", containsString("equipment"));
        given().when().get("/exercises?unilateral=maybe").then().statusCode(400).body("detail", containsString("unilateral"));
        given().when().get("/exercises?status=GONE").then().statusCode(400).body("detail", containsString("status"));
    }

    private static List<Object> concat(Object first, Object second) {
        List<Object> all = new ArrayList<>((List<?>) first);
        all.addAll((List<?>) second);
        return all;
    }
}
