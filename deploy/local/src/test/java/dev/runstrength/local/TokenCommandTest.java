package dev.runstrength.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.infra.security.SigningKeys;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTest {

    @TempDir
    Path dir;

    @Test
    void aRoleTokenIsTheLastLineSignedByTheStacksKeyAndValidForADay() throws Exception {
        SigningKeys keys = SigningKeys.inDirectory(dir.resolve("keys"));

        JwtClaims claims = verify(keys, lastLine(run("--role", "backend", "--data-dir", dir.toString())));

        assertThat(claims.getIssuer()).isEqualTo("urn:runstrength:local");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("runstrength-backend");
        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertThat(lifetime).isEqualTo(24 * 3600);
    }

    @Test
    void aRunnerTokenNamesTheRunnerAsSubjectAndHasNoGroups() throws Exception {
        SigningKeys keys = SigningKeys.inDirectory(dir.resolve("keys"));

        JwtClaims claims = verify(keys, lastLine(run("--runner", "r-1042", "--data-dir", dir.toString())));

        assertThat(claims.getSubject()).isEqualTo("r-1042");
        assertThat(claims.hasClaim("groups")).isFalse();
    }

    @Test
    void theKeyPairIsMadeOnceAndKeptThePrivateHalfForItsOwnerOnly() throws Exception {
        SigningKeys first = SigningKeys.inDirectory(dir.resolve("keys"));
        String pem = Files.readString(first.publicKeyFile());

        assertThat(Files.readString(SigningKeys.inDirectory(dir.resolve("keys")).publicKeyFile())).isEqualTo(pem);
        assertThat(first.privateKeyFile().toFile().canRead()).isTrue();
        assertThat(Files.getPosixFilePermissions(first.privateKeyFile()).toString()).doesNotContain("OTHERS_READ", "GROUP_READ");
    }

    @Test
    void wrongUseExplainsItselfAndNoKeyTellsToStartTheStack() {
        assertThat(run("--role", "admin", "--data-dir", dir.toString())).contains("--role must be backend or catalog-editor");
        assertThat(run("--role", "backend", "--runner", "r-1", "--data-dir", dir.toString())).contains("exactly one of");
        assertThat(run("--runner", "has spaces", "--data-dir", dir.toString())).contains("--runner must be");
        assertThat(run("--role", "backend", "--data-dir", dir.toString())).contains("start the local stack once");
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        TokenCommand.run(List.of(args), null, stream, stream);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\\R");
        return lines[lines.length - 1];
    }

    private static JwtClaims verify(SigningKeys keys, String token) throws Exception {
        return new JwtConsumerBuilder()
                .setVerificationKey(SigningKeys.publicKeyFromPem(Files.readString(keys.publicKeyFile())))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "RS256")
                .setExpectedIssuer("urn:runstrength:local")
                .setRequireExpirationTime()
                .build()
                .processToClaims(token);
    }
}
