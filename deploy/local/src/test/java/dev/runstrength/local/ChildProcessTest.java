package dev.runstrength.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    @TempDir
    Path dir;

    @Test
    void writesOutputAndEnvironmentToTheLogAndRecordsThePid() throws Exception {
        ChildProcess child = ChildProcess.start("echo", List.of("sh", "-c", "echo port=$QUARKUS_HTTP_PORT; echo oops >&2"),
                Map.of("QUARKUS_HTTP_PORT", "8081"), dir.resolve("logs/echo.log"), dir.resolve("pids/echo.pid"));
        child.awaitStop(Duration.ofSeconds(10));

        assertThat(child.isAlive()).isFalse();
        assertThat(child.exitValue()).isZero();
        assertThat(Files.readAllLines(dir.resolve("logs/echo.log"))).contains("port=8081", "oops");
        assertThat(dir.resolve("pids/echo.pid")).doesNotExist();
    }

    @Test
    void stopEndsALongRunningProcessWithSigterm() {
        ChildProcess child = ChildProcess.start("sleeper", List.of("sleep", "300"), Map.of(),
                dir.resolve("sleeper.log"), dir.resolve("sleeper.pid"));
        assertThat(dir.resolve("sleeper.pid")).content().isEqualTo(String.valueOf(child.pid()));

        child.stop(Duration.ofSeconds(10));

        assertThat(child.isAlive()).isFalse();
        assertThat(child.exitValue()).isEqualTo(143);
    }

    @Test
    void stopKillsAProcessThatIgnoresSigtermOnceTheGraceRunsOut() throws Exception {
        ChildProcess child = ChildProcess.start("stubborn", List.of("sh", "-c", "trap '' TERM; echo trapped; while true; do sleep 1; done"),
                Map.of(), dir.resolve("stubborn.log"), dir.resolve("stubborn.pid"));
        awaitLine(dir.resolve("stubborn.log"), "trapped");

        child.stop(Duration.ofMillis(500));

        assertThat(child.isAlive()).isFalse();
        assertThat(child.exitValue()).isEqualTo(137);
    }

    @Test
    void leftoverFromAKilledLauncherIsStoppedWhenItsCommandMatches() throws Exception {
        Process orphan = new ProcessBuilder("sleep", "301").start();
        Files.writeString(dir.resolve("orphan.pid"), String.valueOf(orphan.pid()));

        assertThat(ChildProcess.stopLeftover(dir.resolve("orphan.pid"), "sleep", Duration.ofSeconds(10))).isTrue();

        assertThat(orphan.waitFor()).isEqualTo(143);
        assertThat(dir.resolve("orphan.pid")).doesNotExist();
    }

    @Test
    void leftoverPidOfAnUnrelatedProcessIsLeftAlone() throws Exception {
        Process unrelated = new ProcessBuilder("sleep", "302").start();
        try {
            Files.writeString(dir.resolve("recycled.pid"), String.valueOf(unrelated.pid()));

            assertThat(ChildProcess.stopLeftover(dir.resolve("recycled.pid"), "quarkus-run.jar", Duration.ofSeconds(1))).isFalse();
            assertThat(unrelated.isAlive()).isTrue();
        } finally {
            unrelated.destroyForcibly().waitFor();
        }
    }

    private static void awaitLine(Path log, String line) throws Exception {
        for (int i = 0; i < 100 && !(Files.exists(log) && Files.readAllLines(log).contains(line)); i++) {
            Thread.sleep(50);
        }
    }
}
