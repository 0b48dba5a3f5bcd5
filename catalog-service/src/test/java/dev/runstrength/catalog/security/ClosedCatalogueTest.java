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

/** With anonymous catalogue reads turned off, reading the catalogue needs a valid token too. */
@QuarkusTest
@CatalogTestResources
@TestProfile(ClosedCatalogueTest.AnonymousReadsOff.class)
class ClosedCatalogueTest {

    public static class AnonymousReadsOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("runstrength.security.anonymous-catalogue-reads", "false");
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
}
