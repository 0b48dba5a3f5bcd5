package dev.runstrength.local;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import dev.runstrength.infra.ContractTopics;
import dev.runstrength.infra.Directories;
import dev.runstrength.infra.KafkaBroker;
import dev.runstrength.infra.PostgresServer;
import dev.runstrength.infra.security.SigningKeys;
import dev.runstrength.infra.security.Tokens;

/**
 * Runs RunStrength on this machine: a real Kafka broker and PostgreSQL, the contract topics, then the
 * three services as child processes. Ctrl-C stops the services, then Kafka, then PostgreSQL.
 */
public final class LocalStack {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final int LOG_TAIL_LINES = 40;

    private final StackOptions options;
    private final PrintStream out;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final List<ChildProcess> services = new ArrayList<>();
    private volatile KafkaBroker kafka;
    private volatile PostgresServer postgres;

    LocalStack(StackOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        StackOptions options;
        try {
            options = StackOptions.parse(Arrays.asList(args), RepoRoot.find());
        } catch (IllegalArgumentException e) {
            System.err.println("run.sh: " + e.getMessage());
            System.err.println(StackOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(StackOptions.USAGE);
            return;
        }
        LocalStack stack = new LocalStack(options, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("The local stack did not start: " + e.getMessage());
            System.exit(1);
        }
        System.exit(stack.watch());
    }

    void start() {
        List<Service> wanted = options.infraOnly() ? List.of() : Service.ALL;
        List<String> missing = wanted.stream()
                .filter(service -> !Files.isRegularFile(service.runnableJar(options.repoRoot())))
                .map(service -> service.runnableJar(options.repoRoot()).toString())
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("not built yet: " + String.join(", ", missing)
                    + " (run.sh --build, or mvn -DskipTests install at the repository root)");
        }
        prepareDataDir();
        LoggingSetup.sendKafkaLogsTo(options.logDir().resolve("infra.log"));
        boolean newKeys = !SigningKeys.at(options.keysDir()).exists();
        SigningKeys keys = SigningKeys.inDirectory(options.keysDir());
        out.printf("%s the token signing key pair in %s%n", newKeys ? "Made" : "Using", options.keysDir());

        long started = System.nanoTime();
        out.printf("Starting PostgreSQL on 127.0.0.1:%d (data %s)%n", options.postgresPort(), options.postgresDir());
        postgres = PostgresServer.start(PostgresServer.Options.defaults()
                .withPort(options.postgresPort())
                .withDataDir(options.postgresDir())
                .withLogFile(options.logDir().resolve("postgres.log"))
                .withStopOnExit(false));
        for (Service service : Service.ALL) {
            postgres.createDatabase(service.database());
        }
        out.printf("Starting Kafka on 127.0.0.1:%d (data %s)%n", options.kafkaPort(), options.kafkaDir());
        kafka = KafkaBroker.start(KafkaBroker.Options.defaults()
                .withBrokerPort(options.kafkaPort())
                .withDataDir(options.kafkaDir())
                .withDefaultPartitions(options.partitions()));
        kafka.createTopics(ContractTopics.all(options.partitions()));
        out.printf("Kafka and PostgreSQL ready in %.1f s%n", seconds(started));

        for (Service service : wanted) {
            ChildProcess.stopLeftover(pidFile(service), "quarkus-run.jar", STOP_GRACE);
            out.printf("Starting %s-service on %s%n", service.name(), service.baseUrl());
            services.add(ChildProcess.start(service.name(), service.command(options.repoRoot()),
                    service.environment(kafka.bootstrapServers(), postgres.jdbcUrl(service.database()),
                            postgres.username(), postgres.password(), keys.publicKeyFile(), Tokens.LOCAL_ISSUER),
                    options.logDir().resolve(service.name() + ".log"), pidFile(service)));
        }
        awaitReady(wanted);
        printSummary(wanted, seconds(started));
    }

    private void prepareDataDir() {
        Path dir = options.dataDir();
        if (options.clean() && Files.exists(dir)) {
            if (!looksLikeStackData(dir)) {
                throw new IllegalStateException("--clean refuses to wipe " + dir
                        + ": it is not empty and holds no kafka/, postgres/ or logs/ of a previous run");
            }
            out.println("Wiping " + dir);
            Directories.deleteRecursively(dir);
        }
        try {
            Files.createDirectories(options.logDir());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create " + options.logDir() + ": " + e.getMessage(), e);
        }
    }

    static boolean looksLikeStackData(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            Set<String> names = new LinkedHashSet<>();
            entries.forEach(entry -> names.add(entry.getFileName().toString()));
            return names.isEmpty() || names.contains("kafka") || names.contains("postgres") || names.contains("logs")
                    || names.contains("keys");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private void awaitReady(List<Service> wanted) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        List<Service> pending = new ArrayList<>(wanted);
        while (!pending.isEmpty()) {
            for (Service service : List.copyOf(pending)) {
                ChildProcess process = processOf(service);
                if (!process.isAlive()) {
                    throw failure(process, service.name() + "-service exited with code " + process.exitValue()
                            + " before it was ready");
                }
                if (Readiness.isUp(service.readinessUrl())) {
                    out.printf("  %s-service is ready%n", service.name());
                    pending.remove(service);
                }
            }
            if (!pending.isEmpty() && System.nanoTime() > deadline) {
                ChildProcess late = processOf(pending.get(0));
                throw failure(late, pending.get(0).name() + "-service not ready after " + READY_TIMEOUT.toSeconds()
                        + " s (" + pending.get(0).readinessUrl() + ")");
            }
            sleep(500);
        }
    }

    private IllegalStateException failure(ChildProcess process, String message) {
        System.err.println(message + "; last lines of " + process.log() + ":");
        LogTail.last(process.log(), LOG_TAIL_LINES).forEach(line -> System.err.println("  | " + line));
        return new IllegalStateException(message);
    }

    private ChildProcess processOf(Service service) {
        return services.stream().filter(p -> p.name().equals(service.name())).findFirst().orElseThrow();
    }

    private void printSummary(List<Service> wanted, double seconds) {
        out.println();
        out.printf("RunStrength local stack is up in %.1f s. Data: %s%n", seconds, options.dataDir());
        for (Service service : wanted) {
            out.printf("  %-9s %s   management %s (Swagger UI %s)   log %s%n", service.name(), service.baseUrl(),
                    service.managementUrl(), service.swaggerUiUrl(), options.logDir().resolve(service.name() + ".log"));
        }
        out.printf("  Kafka      %s   topics: %s%n", kafka.bootstrapServers(),
                String.join(", ", ContractTopics.main(options.partitions()).stream().map(t -> t.name()).toList())
                        + " (+ .dlq)");
        for (Service service : Service.ALL) {
            out.printf("  %-10s %s%n", service == Service.ALL.get(0) ? "PostgreSQL" : "", postgres.jdbcUrl(service.database()));
        }
        out.printf("             user %s, password %s%n", postgres.username(), postgres.password());
        if (!wanted.isEmpty()) {
            out.println("  Tokens     deploy/local/token.sh --role backend | --role catalog-editor | --runner <runnerId>");
        }
        out.println("Press Ctrl-C to stop.");
    }

    /** Blocks while every service runs; returns an exit code when one of them ends on its own. */
    int watch() {
        while (!stopping.get()) {
            for (ChildProcess service : services) {
                if (!service.isAlive() && !stopping.get()) {
                    failure(service, service.name() + "-service stopped unexpectedly with code " + service.exitValue());
                    return 1;
                }
            }
            sleep(1000);
        }
        return 0;
    }

    /** Services first (they hold connections to both), then Kafka, then PostgreSQL. */
    void stop() {
        if (stopping.getAndSet(true)) {
            return;
        }
        if (!services.isEmpty()) {
            out.println();
            out.println("Stopping the services");
            services.forEach(ChildProcess::requestStop);
            services.forEach(service -> service.awaitStop(STOP_GRACE));
        }
        if (kafka != null) {
            out.println("Stopping Kafka");
            kafka.stop();
        }
        if (postgres != null) {
            out.println("Stopping PostgreSQL");
            postgres.stop();
        }
        out.println("Stopped.");
        out.flush();
    }

    private Path pidFile(Service service) {
        return options.dataDir().resolve("pids").resolve(service.name() + ".pid");
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
