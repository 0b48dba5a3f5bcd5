package dev.runstrength.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void keepsOnlyTheLastLines() throws Exception {
        Path log = dir.resolve("svc.log");
        Files.writeString(log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));

        assertThat(LogTail.last(log, 3)).containsExactly("line 98", "line 99", "line 100");
    }

    @Test
    void shortLogIsShownWhole() throws Exception {
        Path log = dir.resolve("short.log");
        Files.writeString(log, "only\n");

        assertThat(LogTail.last(log, 40)).containsExactly("only");
    }

    @Test
    void missingLogGivesNothing() {
        assertThat(LogTail.last(dir.resolve("absent.log"), 40)).isEmpty();
    }
}
