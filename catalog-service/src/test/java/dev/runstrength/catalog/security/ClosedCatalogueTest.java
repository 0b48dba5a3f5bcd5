package dev.runstrength.catalog.security;

import static dev.runstrength.infra.security.Callers.asRunner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.runstrength.catalog.CatalogTestResources;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With anonymous catalogue reads turned off, reading the catalogue needs a valid token too; so do the
 * contract documents with anonymous contract reads off (the same rule under its own setting).
 */
@QuarkusTest
@CatalogTestResources
@TestProfile(ClosedCatalogueTest.AnonymousReadsOff.class)
class ClosedCatalogueTest {

    public static class AnonymousReadsOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("runstrength.security.anonymous-catalogue-reads", "false",
                    "runstrength.security.anonymous-contract-reads", "false");
        }
    }

    @Test
    void aReadWithoutATokenIsA401Problem() {
        given().get("/exercises/single-leg-calf-raise").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401))
                .body("detail", containsString("Authorization"))
                .header("WWW-Authenticate", containsString("Bearer"));
        given().get("/exercises").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anyValidTokenReads() {
        asRunner("r-1042").get("/exercises/single-leg-calf-raise").then().statusCode(200);
    }

    @Test
    void theContractDocumentsNeedAValidTokenWhenAnonymousContractReadsAreOff() {
        given().get("/schemas/exercise-upserted.v1.json").then().statusCode(401).contentType("application/problem+json");
        given().get("/asyncapi.yaml").then().statusCode(401).contentType("application/problem+json");
        asRunner("r-1042").get("/schemas/exercise-upserted.v1.json").then().statusCode(200);
        asRunner("r-1042").get("/asyncapi.yaml").then().statusCode(200);
    }
}
