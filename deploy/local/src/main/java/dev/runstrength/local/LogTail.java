package dev.runstrength.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/** The last lines of a log, shown when a service fails to come up. */
public final class LogTail {

    private LogTail() {
    }

    public static List<String> last(Path log, int lines) {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        Deque<String> tail = new ArrayDeque<>(lines);
        try (Stream<String> all = Files.lines(log, StandardCharsets.UTF_8)) {
            all.forEach(line -> {
                if (tail.size() == lines) {
                    tail.removeFirst();
                }
                tail.addLast(line);
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of("(could not read " + log + ": " + e.getMessage() + ")");
        }
        return List.copyOf(tail);
    }
}
