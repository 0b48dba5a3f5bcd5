package dev.runstrength.system;

import dev.runstrength.contracts.Topics;
import dev.runstrength.infra.ContractTopics;
import dev.runstrength.infra.FreePort;
import dev.runstrength.infra.KafkaBroker;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.PostgresServer;
import dev.runstrength.infra.security.SigningKeys;
import dev.runstrength.infra.security.Tokens;
import io.restassured.specification.RequestSpecification;
import dev.runstrength.local.ChildProcess;
import dev.runstrength.local.LogTail;
import dev.runstrength.local.Readiness;
import dev.runstrength.local.Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole system as a user runs it: one real Kafka broker, one real PostgreSQL with a database
 * per service, and the three packaged services as separate processes ({@code java -jar
 * quarkus-run.jar}) on free ports. Started once for all system tests of the JVM, stopped at its end.
 */
public final class RunningSystem implements BeforeAllCallback, AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static RunningSystem started;

    private final Path repo = Path.of(System.getProperty("runstrength.repo", "..")).toAbsolutePath().normalize();
    /** This JVM's own directory: failsafe may run JVMs side by side, each with a system of its own. */
    private final Path own = repo.resolve("system-tests").resolve("target")
            .resolve("system-" + ProcessHandle.current().pid());
    private final Path logs = own.resolve("logs");
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, ChildProcess> processes = new LinkedHashMap<>();
    private final Path keysDir = own.resolve("keys");
    private final SigningKeys keys = SigningKeys.inDirectory(keysDir);
    private final Tokens tokens = new Tokens(keys.privateKey(), Tokens.LOCAL_ISSUER);
    private final String backendToken = tokens.backend();
    private final String editorToken = tokens.editor();
    private KafkaBroker kafka;
    private PostgresServer postgres;
    private OtlpReceiver traces;

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (started == null) {
            RunningSystem system = new RunningSystem();
            try {
                system.start();
            } catch (Exception | Error e) {
                // nothing will close a system that never started: stop what did start, or its services outlive the build
                system.close();
                throw e;
            }
            started = system;
            // one system per test JVM, stopped when the JVM ends: with more than one fork, failsafe runs each class in a
            // launcher of its own, so the root context (and a resource in its store) closes after every class
            Runtime.getRuntime().addShutdownHook(new Thread(system::close, "system-stop"));
        }
    }

    public static RunningSystem get() {
        if (started == null) {
            throw new IllegalStateException("the system is not running: annotate the test with @ExtendWith(RunningSystem.class)");
        }
        return started;
    }

    private void start() throws Exception {
        Files.createDirectories(logs);
        traces = new OtlpReceiver();
        kafka = KafkaBroker.start(KafkaBroker.Options.defaults());
        kafka.createTopics(ContractTopics.all(ContractTopics.DEFAULT_PARTITIONS));
        postgres = PostgresServer.start(PostgresServer.Options.defaults().withLogFile(logs.resolve("postgres.log")));
        for (String name : List.of("catalog", "planner", "tracking")) {
            Service service = new Service(name, FreePort.pick(), FreePort.pick(), name);
            postgres.createDatabase(service.database());
            services.put(name, service);
            start(service);
        }
        awaitReady();
        awaitCatalogueReplicated();
    }

    /**
     * Ready is not yet caught up: planner and tracking report ready while their catalogue replicas may
     * still be reading {@code catalog.exercises}, and a plan drafted meanwhile would draw on part of
     * the catalogue. A fresh system is used only once every exercise is published and both replicas
     * have consumed the topic to its end, as an operator would wait after a first deployment.
     */
    private void awaitCatalogueReplicated() throws InterruptedException {
        long exercises = ((Number) asBackend("catalog")
                .get("/exercises?status=ALL&size=1").then().statusCode(200).extract().path("total")).longValue();
        try (KafkaProbe probe = kafka()) {
            long published = probe.consume(Topics.CATALOG_EXERCISES,
                    read -> read.stream().map(record -> record.key()).distinct().count() >= exercises, READY_TIMEOUT)
                    .stream().map(record -> record.key()).distinct().count();
            if (published < exercises) {
                throw new IllegalStateException("only " + published + " of " + exercises + " exercises were published");
            }
            Map<TopicPartition, Long> ends = probe.endOffsets(Topics.CATALOG_EXERCISES);
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            for (String group : ConsumerGroups.CATALOGUE_REPLICAS) {
                while (!probe.hasCommittedUpTo(group, ends)) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(group + " did not read the whole catalogue");
                    }
                    Thread.sleep(250);
                }
            }
        }
    }

    private void start(Service service) {
        start(service.name(), service, Map.of());
    }

    private void start(String instance, Service service, Map<String, String> settings) {
        Map<String, String> env = service.environment(kafka.bootstrapServers(), postgres.jdbcUrl(service.database()),
                postgres.username(), postgres.password(), keys.publicKeyFile(), Tokens.LOCAL_ISSUER);
        // every service exports its spans to the receiver in this JVM, as it would to a collector
        env.putAll(traces.environment());
        env.putAll(settings);
        processes.put(instance, ChildProcess.start(instance, service.command(repo), env,
                logs.resolve(instance + ".log"), logs.resolve(instance + ".pid")));
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        List<Service> waiting = new ArrayList<>(services.values());
        while (!waiting.isEmpty()) {
            waiting.removeIf(service -> Readiness.isUp(service.readinessUrl()));
            for (Service service : waiting) {
                ChildProcess process = processes.get(instanceOf(service));
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException(service.name() + " did not become ready; its log ends with:\n"
                            + String.join("\n", LogTail.last(process.log(), 60)));
                }
            }
            Thread.sleep(250);
        }
    }

    private String instanceOf(Service service) {
        return services.entrySet().stream().filter(entry -> entry.getValue() == service)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    /**
     * Starts one more instance of a service (a second pod, as Kubernetes would scale it) on its own port
     * against the same database and broker, with extra settings as environment variables, and waits
     * until it is ready.
     */
    public void startInstance(String instance, String serviceName, Map<String, String> settings) throws InterruptedException {
        Service service = new Service(serviceName, FreePort.pick(), FreePort.pick(), services.get(serviceName).database());
        services.put(instance, service);
        start(instance, service, settings);
        awaitReady();
    }

    /** Stops an instance gracefully (SIGTERM, as a pod is stopped) and forgets it. */
    public void stopInstance(String instance) {
        ChildProcess process = processes.remove(instance);
        services.remove(instance);
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
        }
    }

    /** Stops a service the hard way (SIGKILL), as a crashed pod would be. */
    public void kill(String name) {
        ProcessHandle.of(processes.get(name).pid()).ifPresent(ProcessHandle::destroyForcibly);
        processes.get(name).awaitStop(Duration.ofSeconds(10));
    }

    /** Starts stopped services again and waits until every service is ready. */
    public void restart(String... names) throws InterruptedException {
        for (String name : names) {
            start(services.get(name));
        }
        awaitReady();
    }

    /** Stops PostgreSQL (fast shutdown): no service can reach its database until {@link #endDatabaseOutage()}. */
    public void beginDatabaseOutage() {
        postgres.beginOutage();
    }

    /** Starts PostgreSQL again on the same data directory and port; returns once it accepts connections. */
    public void endDatabaseOutage() {
        postgres.endOutage();
    }

    /** Shuts the broker down: nothing reaches it until {@link #endBrokerOutage()}. */
    public void beginBrokerOutage() {
        kafka.beginOutage();
    }

    /** Starts the broker again on the same ports and log directory; returns once it answers. */
    public void endBrokerOutage() {
        kafka.endOutage();
    }

    /** The service's {@code /q/health/ready} on its management port. */
    public String readinessUrl(String name) {
        return services.get(name).readinessUrl();
    }

    public String url(String name) {
        return services.get(name).baseUrl();
    }

    /** Where the service's health, metrics and OpenAPI are: its management port. */
    public String managementUrl(String name) {
        return services.get(name).managementUrl();
    }

    /** A request to the service as a running app's backend makes it: with a runstrength-backend token. */
    public RequestSpecification asBackend(String name) {
        return io.restassured.RestAssured.given().baseUri(url(name)).auth().oauth2(backendToken);
    }

    /** A request to the service with a catalogue editor's token. */
    public RequestSpecification asEditor(String name) {
        return io.restassured.RestAssured.given().baseUri(url(name)).auth().oauth2(editorToken);
    }

    public Path repo() {
        return repo;
    }

    /** Where the key pair the services trust is: {@code <dir>/privateKey.pem}, {@code publicKey.pem}. */
    public Path keysDir() {
        return keysDir;
    }

    /** Tokens signed with the key the services of this system trust. */
    public Tokens tokens() {
        return tokens;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** A connection to a service's own database, e.g. {@code connect("planner")}; the caller closes it. */
    public java.sql.Connection connect(String name) throws java.sql.SQLException {
        return postgres.connect(services.get(name).database());
    }

    public KafkaProbe kafka() {
        return new KafkaProbe(kafka.bootstrapServers());
    }

    /** The spans the services have exported so far (OTLP over HTTP to a receiver in this JVM). */
    OtlpReceiver traces() {
        return traces;
    }

    @Override
    public void close() {
        processes.values().forEach(process -> process.stop(Duration.ofSeconds(15)));
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
        if (traces != null) {
            traces.close();
        }
    }
}
