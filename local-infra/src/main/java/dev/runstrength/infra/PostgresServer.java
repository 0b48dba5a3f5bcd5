package dev.runstrength.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (binaries from the zonky Maven artifacts) running as a child process of this
 * JVM. Authentication is "trust" on the loopback interface: any password is accepted.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";

    /**
     * How to start the server. Port 0 picks a free port. A null data directory means a temporary one,
     * deleted on stop; a given one is kept and reused on the next start. A null log file sends the
     * server's output to this JVM's logging.
     */
    public record Options(String host, int port, Path dataDir, Path logFile, boolean stopOnExit) {

        public Options {
            Objects.requireNonNull(host, "host");
            if (port < 0) {
                throw new IllegalArgumentException("port must be 0 (free port) or positive, got " + port);
            }
        }

        public static Options defaults() {
            return new Options("127.0.0.1", 0, null, null, true);
        }

        public Options withPort(int value) {
            return new Options(host, value, dataDir, logFile, stopOnExit);
        }

        /** A persistent data directory: initialised on first use and reused afterwards. */
        public Options withDataDir(Path value) {
            return new Options(host, port, value, logFile, stopOnExit);
        }

        public Options withLogFile(Path value) {
            return new Options(host, port, dataDir, value, stopOnExit);
        }

        /**
         * Whether a JVM shutdown hook of its own stops the server. Turn it off when the caller stops
         * the server in its own hook, after the processes that use it.
         */
        public Options withStopOnExit(boolean value) {
            return new Options(host, port, dataDir, logFile, value);
        }

        public boolean persistent() {
            return dataDir != null;
        }
    }

    private final EmbeddedPostgres postgres;
    private final String host;
    private final Path dataDir;
    private final boolean persistent;
    private final Thread exitHook;
    private final PostgresOutage outage;
    private boolean stopped;

    private PostgresServer(EmbeddedPostgres postgres, String host, Path dataDir, boolean persistent, Thread exitHook,
                           Path logFile) {
        this.postgres = postgres;
        this.host = host;
        this.dataDir = dataDir;
        this.persistent = persistent;
        this.exitHook = exitHook;
        this.outage = new PostgresOutage(dataDir, logFile == null ? null : logFile.toAbsolutePath());
    }

    public static PostgresServer start(Options options) {
        Path dataDir = options.persistent()
                ? Directories.create(options.dataDir().toAbsolutePath())
                : Directories.createTemp("runstrength-postgres-");
        if (options.persistent()) {
            stopLeftoverPostmaster(dataDir);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(FreePort.orPick(options.port()))
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(!options.persistent())
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // Byte-order collation: the same sort order on every machine the tests run on.
                .setLocaleConfig("locale", "C")
                .setServerConfig("listen_addresses", options.host())
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "32MB")
                .setServerConfig("timezone", "UTC");
        if (options.persistent()) {
            // zonky always passes -F (fsync off) and defaults synchronous_commit to off; data meant to
            // survive a crash needs both back on.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
        } else {
            builder.setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        }
        if (options.logFile() != null) {
            Directories.create(options.logFile().toAbsolutePath().getParent());
            File log = options.logFile().toFile();
            builder.setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log));
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException e) {
            if (!options.persistent()) {
                Directories.deleteRecursively(dataDir);
            }
            throw new UncheckedIOException("could not start PostgreSQL in " + dataDir, e);
        }
        Thread hook = null;
        if (options.stopOnExit()) {
            hook = new Thread(() -> closeQuietly(postgres), "postgres-stop");
            Runtime.getRuntime().addShutdownHook(hook);
        }
        return new PostgresServer(postgres, options.host(), dataDir, options.persistent(), hook, options.logFile());
    }

    /**
     * A server left running by a JVM that was killed keeps the data directory and the port; it would
     * make this start fail, so it is asked to stop first.
     */
    private static void stopLeftoverPostmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> leftover;
        try {
            List<String> lines = Files.readAllLines(pidFile);
            leftover = lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return;
        }
        leftover.filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(process -> {
                    process.destroy();
                    try {
                        process.onExit().get(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (ExecutionException | TimeoutException e) {
                        process.destroyForcibly();
                    }
                });
    }

    public int port() {
        return postgres.getPort();
    }

    public String host() {
        return host;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port() + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return Databases.connect(jdbcUrl(database), USERNAME, PASSWORD);
    }

    /** Creates the database unless it exists. Names are plain lower-case identifiers. */
    public void createDatabase(String name) {
        Databases.create(jdbcUrl("postgres"), USERNAME, PASSWORD, name);
    }

    /** Creates a database no one has used yet, {@code prefix_N}, and returns its name. */
    public String createFreshDatabase(String prefix) {
        return Databases.createFresh(jdbcUrl("postgres"), USERNAME, PASSWORD, prefix);
    }

    public boolean databaseExists(String name) {
        return Databases.exists(jdbcUrl("postgres"), USERNAME, PASSWORD, name);
    }

    /**
     * Begins an outage: the server is stopped (fast shutdown), its data directory kept, and nothing can
     * connect until {@link #endOutage()} starts it again on the same port with the same settings.
     */
    public void beginOutage() {
        outage.stop();
    }

    /** Ends an outage begun with {@link #beginOutage()}: waits until the server accepts connections. */
    public void endOutage() {
        outage.start();
    }

    /** Stops the server (fast shutdown) and waits; a temporary data directory is then deleted. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (exitHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(exitHook);
            } catch (IllegalStateException alreadyExiting) {
                // the hook is running or about to; it closes the same server, which is harmless
            }
        }
        closeQuietly(postgres);
        if (!persistent) {
            Directories.deleteRecursively(dataDir);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop PostgreSQL", e);
        }
    }
}
