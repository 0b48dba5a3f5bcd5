package dev.runstrength.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** The counts of one fault scenario, as docs/reliability.md reports them. */
record FaultFigures(String scenario, double rate, int sendsFailed, int validIn, int validOut, int lost, int validDeadLettered, int duplicates,
                    int redelivered, int unexpected, int malformedIn, int malformedDeadLettered,
                    int malformedWithoutReason, String readiness, double catchUpSeconds, String machineLoad) {

    static final String HEADER = "| scenario | valid in (a second) | out | lost | valid dead-lettered | duplicated effects "
            + "| same id again | malformed in | malformed in DLQ (with reason) | readiness | catch-up | load avg (start/end) |";

    String row() {
        return String.format(Locale.ROOT, "| %s | %d (%.0f/s) | %d | %d | %d | %d | %d | %d | %d (%d) | %s | %.1f s | %s |",
                scenario, validIn, rate, validOut, lost, validDeadLettered, duplicates, redelivered, malformedIn,
                malformedDeadLettered, malformedDeadLettered - malformedWithoutReason, readiness, catchUpSeconds, machineLoad);
    }

    /** Printed, and appended to {@code target/fault-figures.md} for the report. */
    void record(RunningSystem system) {
        System.out.println("fault figures: " + HEADER);
        System.out.println("fault figures: " + row());
        Path file = system.repo().resolve("system-tests").resolve("target").resolve("fault-figures.md");
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, HEADER + "\n", StandardCharsets.UTF_8);
            }
            Files.writeString(file, row() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String currentLoad() {
        try {
            String[] loadavg = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return loadavg[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
