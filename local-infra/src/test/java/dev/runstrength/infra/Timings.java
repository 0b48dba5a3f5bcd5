package dev.runstrength.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints how long a start or stop took and the JVM's resident memory, for docs/operations.md. */
final class Timings {

    private Timings() {
    }

    static void report(String what, long startedNanos) {
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        System.out.printf("[timing] %s: %d ms, JVM VmRSS %s%n", what, millis, residentMemory());
    }

    static String residentMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.substring("VmRSS:".length()).trim())
                    .findFirst().orElse("n/a");
        } catch (IOException | UnsupportedOperationException e) {
            return "n/a";
        }
    }
}
