package dev.runstrength.catalog.security;

import static dev.runstrength.catalog.rest.ExerciseFixtures.exercise;
import static dev.runstrength.catalog.rest.ExerciseFixtures.uniqueId;
import static dev.runstrength.infra.security.Callers.asEditor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.catalog.CatalogTestResources;
import dev.runstrength.infra.fuzz.RequestFuzzer;
import dev.runstrength.infra.fuzz.RequestFuzzer.Endpoint;
import dev.runstrength.infra.security.Callers;
import dev.runstrength.infra.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Input that cannot hurt catalog-service (contract v1.1, "Limits"): the causes of past 5xx answers one by
 * one, then seeded random requests over every endpoint; no answer is a 5xx, every 4xx a problem+json.
 */
@QuarkusTest
@CatalogTestResources
class InputLimitsTest {

    private static final Tokens TOKENS = Callers.tokens();

    @Test
    void aBodyOver256KibIsA413Problem() {
        String huge = exercise(uniqueId("huge")).put("description", "d".repeat(300 * 1024)).toString();
        asEditor().contentType("application/json").body(huge).post("/exercises").then()
                .statusCode(413).contentType("application/problem+json").body("status", equalTo(413))
                .body("detail", containsString("body"));
    }

    @Test
    void aNulByteInAnIdIsA400NamingIt() {
        for (String method : List.of("GET", "PUT", "DELETE")) {
            asEditor().urlEncodingEnabled(false).contentType("application/json").body(exercise("x").toString())
                    .request(method, "/exercises/plank%00").then()
                    .statusCode(400).contentType("application/problem+json").body("detail", containsString("id"));
        }
        asEditor().urlEncodingEnabled(false).get("/exercises?q=calf%00").then().statusCode(400).body("detail", containsString("q"));
    }

    @Test
    void numbersPastTheIntegerRangeAndANamePastItsColumnAre400sNamingTheField() {
        ObjectNode sets = exercise(uniqueId("sets"));
        ((ObjectNode) sets.get("prescription")).put("sets", 2147483648L);
        ObjectNode contacts = exercise(uniqueId("contacts")).put("footContactsPerRep", 1099511627776L);
        ObjectNode name = exercise(uniqueId("name")).put("name", "n".repeat(250));
        for (Map.Entry<String, ObjectNode> bad : Map.of("sets", sets, "footContactsPerRep", contacts, "name", name).entrySet()) {
            asEditor().contentType("application/json").body(bad.getValue().toString()).post("/exercises").then()
                    .statusCode(400).contentType("application/problem+json").body("detail", containsString(bad.getKey()));
        }
    }

    @Test
    void seededRandomRequestsGetNo5xxAndEvery4xxIsAProblem() {
        String own = uniqueId("fuzz-own");
        asEditor().contentType("application/json").body(exercise(own).toString()).post("/exercises").then().statusCode(201);
        RequestFuzzer fuzzer = new RequestFuzzer(TOKENS::editor, List.of(TOKENS.expired(Tokens.CATALOG_EDITOR),
                Tokens.badSignature(Tokens.CATALOG_EDITOR), TOKENS.backend(), TOKENS.runner("r-1042")));

        fuzzer.run(List.of(
                Endpoint.get("/exercises", List.of(), Map.ofEntries(
                        Map.entry("phase", List.of("PREPARE", "STRENGTHEN", "RECOVER")),
                        Map.entry("purpose", List.of("STRENGTH", "PLYOMETRIC")),
                        Map.entry("muscle", List.of("GLUTEUS_MEDIUS", "SOLEUS")),
                        Map.entry("bodyArea", List.of("CALF", "HIP")),
                        Map.entry("equipment", List.of("WALL", "STEP,BOX")),
                        Map.entry("level", List.of("BEGINNER", "ADVANCED")),
                        Map.entry("unilateral", List.of("true", "false")),
                        Map.entry("q", List.of("calf", "lunge")),
                        Map.entry("status", List.of("ACTIVE", "RETIRED", "ALL")),
                        Map.entry("page", List.of("0", "1")),
                        Map.entry("size", List.of("1", "50", "200")))),
                Endpoint.get("/exercises/{}", List.of(own), Map.of()),
                Endpoint.withBody("POST", "/exercises", List.of(), () -> exercise(uniqueId("fuzz"))),
                Endpoint.withBody("PUT", "/exercises/{}", List.of(own), () -> exercise(own)),
                new Endpoint("DELETE", "/exercises/{}", List.of(own), Map.of(), null)),
                RequestFuzzer.requests(800));

        System.out.printf("catalog fuzz: %d requests, seed %d, statuses %s%n", fuzzer.sent(), fuzzer.seed(), fuzzer.statuses());
        assertThat(fuzzer.failures()).as("answers breaking the rules (seed " + fuzzer.seed() + ")").isEmpty();
        assertThat(fuzzer.sent()).isGreaterThanOrEqualTo(RequestFuzzer.requests(800));
    }
}
