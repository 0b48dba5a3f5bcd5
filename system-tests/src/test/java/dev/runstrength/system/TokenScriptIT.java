package dev.runstrength.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * deploy/local/token.sh as a person runs it, with the launcher's own class path: its tokens (last line)
 * are accepted by the packaged services that trust the key pair it signs with.
 */
class TokenScriptIT extends SystemTest {

    @Test
    void tokensFromTheScriptAreAcceptedWithTheirRoles() throws Exception {
        String runner = "token-" + UUID.randomUUID().toString().substring(0, 8);
        String backend = token("--role", "backend");
        String own = token("--runner", runner);

        given().baseUri(RunningSystem.get().url("planner")).auth().oauth2(backend)
                .get("/runners/{id}/plan", runner).then().statusCode(404);
        given().baseUri(RunningSystem.get().url("tracking")).auth().oauth2(own)
                .get("/runners/{id}/progress", runner).then().statusCode(404);
        given().baseUri(RunningSystem.get().url("tracking")).auth().oauth2(own)
                .get("/runners/{id}/progress", runner + "-other").then().statusCode(403);
        given().baseUri(RunningSystem.get().url("planner")).auth().oauth2(token("--role", "catalog-editor"))
                .get("/runners/{id}/plan", runner).then().statusCode(403);
    }

    /** Runs token.sh against the key pair of this system (its data dir holds keys/). */
    private static String token(String... args) throws IOException, InterruptedException {
        Path repo = RunningSystem.get().repo();
        List<String> command = new java.util.ArrayList<>(List.of("bash", repo.resolve("deploy/local/token.sh").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--data-dir", RunningSystem.get().keysDir().getParent().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        String[] lines = output.strip().split("\\R");
        return lines[lines.length - 1];
    }
}
