package dev.runstrength.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * Stops a running PostgreSQL server and starts it again on the same data directory, port and settings,
 * with its own {@code pg_ctl}: for as long as it is stopped, nothing can connect to it, as in a real
 * database outage. The server's command line is read back from {@code postmaster.opts}, which
 * PostgreSQL writes at every start and keeps after a stop.
 */
final class PostgresOutage {

    private final Path dataDir;
    private final Path logFile;
    private Path pgCtl;
    private String options;

    PostgresOutage(Path dataDir, Path logFile) {
        this.dataDir = dataDir;
        this.logFile = logFile;
    }

    /** Fast shutdown (open sessions are ended), waiting until the server is gone. */
    synchronized void stop() {
        List<String> command = readCommandLine();
        pgCtl = Path.of(command.get(0)).resolveSibling("pg_ctl");
        options = String.join(" ", command.subList(1, command.size()));
        run(List.of(pgCtl.toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
    }

    /** Starts the server again as it was started before {@link #stop()}, waiting until it accepts connections. */
    synchronized void start() {
        if (pgCtl == null) {
            throw new IllegalStateException("the server was not stopped by this outage");
        }
        List<String> command = new ArrayList<>(List.of(pgCtl.toString(), "-D", dataDir.toString(), "-o", options,
                "-w", "-t", "60"));
        if (logFile != null) {
            command.addAll(List.of("-l", logFile.toString()));
        }
        command.add("start");
        run(command);
    }

    /** {@code postmaster.opts}: the binary, then each argument in double quotes. */
    private List<String> readCommandLine() {
        String line;
        try {
            line = Files.readString(dataDir.resolve("postmaster.opts"), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("no postmaster.opts in " + dataDir + ": is the server running?", e);
        }
        List<String> parts = new ArrayList<>();
        int space = line.indexOf(' ');
        parts.add(space < 0 ? line : line.substring(0, space));
        if (space >= 0) {
            parts.add(line.substring(space + 1).trim());
        }
        return parts;
    }

    private static void run(List<String> pgCtlCommand) {
        List<String> command = new ArrayList<>();
        // PostgreSQL refuses to run as root; zonky then starts it in a user namespace, and so must we
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(pgCtlCommand);
        try {
            Path output = Files.createTempFile("pg_ctl-", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(90, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("timed out: " + String.join(" ", command));
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("exit " + process.exitValue() + ": " + String.join(" ", command)
                            + ": " + Files.readString(output, StandardCharsets.UTF_8).strip());
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }
}
