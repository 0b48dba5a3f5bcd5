package dev.runstrength.local;

import dev.runstrength.contracts.Topics;
import dev.runstrength.infra.ContractTopics;
import dev.runstrength.infra.Directories;
import dev.runstrength.infra.FreePort;
import dev.runstrength.infra.KafkaBroker;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.PostgresServer;
import dev.runstrength.infra.TopicSpec;
import dev.runstrength.infra.security.SigningKeys;
import dev.runstrength.infra.security.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/**
 * The local stack as the benchmark runs it: Kafka in this JVM and PostgreSQL as a child process, both
 * persistent as {@code run.sh} runs them (fsync on), and the three packaged services started the way
 * the local stack starts them ({@link Service#command}, the same JVM flags), on free loopback ports in
 * a data directory of its own, so a local stack already running on the usual ports is left alone.
 */
final class BenchStack implements AutoCloseable {

    static final String ECHO_IN = "bench.echo.in";
    static final String ECHO_OUT = "bench.echo.out";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    /** Tracking's consumer groups, as its application.properties names them. */
    static final List<String> TRACKING_GROUPS = List.of("tracking-service", "tracking-service-plans", "tracking-service-catalog");
    static final List<String> CATALOGUE_GROUPS = List.of("planner-service-catalog", "tracking-service-catalog");

    private final Path repo;
    private final Path dataDir;
    private final boolean profile;
    private final Function<String, String> javaOptionsFor;
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, ChildProcess> processes = new LinkedHashMap<>();
    private final Map<String, Long> peakRss = new LinkedHashMap<>();
    /** CPU seconds of service processes stopped during the run (tracking before its rebuild), by service. */
    private final Map<String, Double> retiredCpu = new LinkedHashMap<>();
    private KafkaBroker kafka;
    private PostgresServer postgres;
    private SigningKeys keys;

    BenchStack(Path repo, Path dataDir, boolean profile, Function<String, String> javaOptionsFor) {
        this.repo = repo;
        this.dataDir = dataDir;
        this.profile = profile;
        this.javaOptionsFor = javaOptionsFor;
    }

    void start(int partitions) throws Exception {
        if (Files.exists(dataDir)) {
            Directories.deleteRecursively(dataDir);
        }
        Files.createDirectories(logs());
        // the services verify tokens against this key pair; the benchmark itself calls no endpoint that needs one
        keys = SigningKeys.inDirectory(dataDir.resolve("keys"));
        postgres = PostgresServer.start(PostgresServer.Options.defaults()
                .withDataDir(dataDir.resolve("postgres"))
                .withLogFile(logs().resolve("postgres.log"))
                .withStopOnExit(false));
        kafka = KafkaBroker.start(KafkaBroker.Options.defaults()
                .withDataDir(dataDir.resolve("kafka"))
                .withDefaultPartitions(partitions));
        List<TopicSpec> topics = new ArrayList<>(ContractTopics.all(partitions));
        topics.add(TopicSpec.deleting(ECHO_IN, partitions));
        topics.add(TopicSpec.deleting(ECHO_OUT, partitions));
        kafka.createTopics(topics);
        for (String name : List.of("catalog", "planner", "tracking")) {
            Service service = new Service(name, FreePort.pick(), FreePort.pick(), name);
            postgres.createDatabase(service.database());
            services.put(name, service);
            startProcess(service);
        }
        awaitReady();
        awaitCatalogueReplicated();
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    Connection connect(String database) throws SQLException {
        return postgres.connect(database);
    }

    Path logs() {
        return dataDir.resolve("logs");
    }

    /** The highest resident set size of each service process so far (VmHWM), in MB; kept across a restart. */
    Map<String, Long> peakResidentMb() {
        processes.forEach((name, process) -> peakRss.merge(name, highWaterMarkKb(process.pid()) / 1024, Math::max));
        return new LinkedHashMap<>(peakRss);
    }

    /**
     * Stops tracking-service, gives it an empty database and forgets its consumer groups' offsets, then
     * starts it again: it rebuilds everything from offset 0 of its topics. Returns when it is ready.
     */
    void restartTrackingEmpty() throws Exception {
        peakResidentMb();
        // the CPU the stopped process used stays in tracking's column (read just before the stop)
        retiredCpu.merge("tracking", cpuOf(processes.get("tracking").pid()), Double::sum);
        ChildProcess tracking = processes.remove("tracking");
        tracking.stop(STOP_GRACE);
        try (Connection connection = postgres.connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("drop database tracking with (force)");
            statement.execute("create database tracking");
        }
        try (Admin admin = kafka.admin()) {
            admin.deleteConsumerGroups(TRACKING_GROUPS).all().get(30, TimeUnit.SECONDS);
        }
        startProcess(services.get("tracking"));
        awaitReady();
    }

    private void startProcess(Service service) {
        Map<String, String> env = service.environment(kafka.bootstrapServers(), postgres.jdbcUrl(service.database()),
                postgres.username(), postgres.password(), keys.publicKeyFile(), Tokens.LOCAL_ISSUER);
        List<String> options = new ArrayList<>();
        String asked = javaOptionsFor.apply(service.name());
        if (!asked.isBlank()) {
            options.addAll(List.of(asked.trim().split("\\s+")));
        }
        if (profile) {
            // a recording per process start, so tracking's rebuild has one of its own
            Path recording = logs().resolve(service.name() + "-" + System.currentTimeMillis() + ".jfr");
            options.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recording);
        }
        processes.put(service.name(), ChildProcess.start(service.name(), service.command(repo, options), env,
                logs().resolve(service.name() + ".log"), dataDir.resolve("pids").resolve(service.name() + ".pid")));
    }

    /** Readiness over HTTP is the only HTTP the benchmark uses: {@link Service#readinessUrl()}. */
    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        List<String> waiting = new ArrayList<>(processes.keySet());
        while (!waiting.isEmpty()) {
            waiting.removeIf(name -> Readiness.isUp(services.get(name).readinessUrl()));
            for (String name : waiting) {
                ChildProcess process = processes.get(name);
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + "-service did not become ready; its log ends with:\n"
                            + String.join("\n", LogTail.last(process.log(), 40)));
                }
            }
            Thread.sleep(250);
        }
    }

    /**
     * Ready is not caught up: waits until catalog-service has published its catalogue (the topic's end
     * stops moving) and both replicas have committed up to it, as the demo does.
     */
    private void awaitCatalogueReplicated() throws InterruptedException {
        try (KafkaProbe probe = new KafkaProbe(kafka.bootstrapServers())) {
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            Map<TopicPartition, Long> ends = probe.endOffsets(Topics.CATALOG_EXERCISES);
            long stableSince = System.nanoTime();
            while (total(ends) == 0 || System.nanoTime() - stableSince < Duration.ofSeconds(3).toNanos()) {
                check(deadline, "catalog-service did not publish its catalogue");
                Thread.sleep(250);
                Map<TopicPartition, Long> now = probe.endOffsets(Topics.CATALOG_EXERCISES);
                if (!now.equals(ends)) {
                    ends = now;
                    stableSince = System.nanoTime();
                }
            }
            for (String group : CATALOGUE_GROUPS) {
                while (!probe.hasCommittedUpTo(group, ends)) {
                    check(deadline, group + " did not read the whole catalogue");
                    Thread.sleep(250);
                }
            }
        }
    }

    private static long total(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    private static void check(long deadline, String message) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(message + " within " + READY_TIMEOUT.toSeconds() + " s");
        }
    }

    /**
     * CPU seconds (user + system) used so far by each part of the stack: the services (a restarted one's
     * earlier process included), PostgreSQL (the postmaster and its backends alive now: a backend that has
     * ended, as those of tracking's first process when it stops, takes its CPU seconds with it) and this
     * JVM (the Kafka broker and the benchmark's own clients).
     */
    Map<String, Double> cpuSeconds() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        processes.forEach((name, process) -> cpu.put(name, cpuOf(process.pid()) + retiredCpu.getOrDefault(name, 0.0)));
        double postgresCpu = 0;
        long postmaster = postmasterPid();
        if (postmaster > 0) {
            postgresCpu += cpuOf(postmaster);
            for (ProcessHandle child : ProcessHandle.of(postmaster).map(h -> h.children().toList()).orElse(List.of())) {
                postgresCpu += cpuOf(child.pid());
            }
        }
        cpu.put("postgres", postgresCpu);
        cpu.put("kafka + bench", cpuOf(ProcessHandle.current().pid()));
        return cpu;
    }

    private long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** utime + stime of a process from /proc, in seconds (100 clock ticks a second); 0 when it cannot be read. */
    private static double cpuOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state is field 3; utime and stime are fields 14 and 15 of the whole line
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long highWaterMarkKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process has ended: nothing to report
        }
        return 0;
    }

    /** Services first, then Kafka, then PostgreSQL; the data directory is kept for a look at the logs. */
    @Override
    public void close() {
        processes.values().forEach(ChildProcess::requestStop);
        processes.values().forEach(process -> process.awaitStop(STOP_GRACE));
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }
}
