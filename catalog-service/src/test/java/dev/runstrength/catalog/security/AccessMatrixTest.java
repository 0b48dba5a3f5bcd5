package dev.runstrength.catalog.security;

import static dev.runstrength.catalog.rest.ExerciseFixtures.exercise;
import static dev.runstrength.catalog.rest.ExerciseFixtures.uniqueId;
import static dev.runstrength.infra.security.AccessMatrix.row;
import static dev.runstrength.infra.security.Callers.asEditor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.catalog.CatalogTestResources;
import dev.runstrength.infra.security.AccessMatrix;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who may call what on catalog-service, every endpoint by every caller (contract v1.1): reads are open
 * (anonymous reads on, the default) but a token sent must be valid; writes need the catalogue editor's group.
 * Callers in order: no token, bad signature, expired, backend, catalogue editor, own runner, other runner.
 */
@QuarkusTest
@CatalogTestResources
class AccessMatrixTest {

    @Test
    void everyEndpointByEveryCaller() {
        String kept = uniqueId("matrix-kept");
        String retired = uniqueId("matrix-retired");
        asEditor().contentType("application/json").body(exercise(kept).toString()).post("/exercises").then().statusCode(201);
        asEditor().contentType("application/json").body(exercise(retired).toString()).post("/exercises").then().statusCode(201);

        AccessMatrix matrix = new AccessMatrix();
        List<String> wrong = matrix.run(List.of(
                row("GET", "/exercises?size=1", "r-1", 200, 401, 401, 200, 200, 200, 200),
                row("GET", "/exercises/" + kept, "r-1", 200, 401, 401, 200, 200, 200, 200),
                row("POST", "/exercises", "r-1", () -> exercise(uniqueId("matrix-new")).toString(),
                        401, 401, 401, 403, 201, 403, 403),
                row("PUT", "/exercises/" + kept, "r-1", () -> exercise(kept).put("name", uniqueId("Renamed")).toString(),
                        401, 401, 401, 403, 200, 403, 403),
                row("DELETE", "/exercises/" + retired, "r-1", 401, 401, 401, 403, 204, 403, 403)));

        assertThat(wrong).isEmpty();
        assertThat(matrix.calls()).isEqualTo(5 * 7);
    }
}
