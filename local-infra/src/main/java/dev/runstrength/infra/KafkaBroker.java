package dev.runstrength.infra;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one server) running inside
 * this JVM. One node means replication factor 1 everywhere.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String BROKER_LISTENER = "PLAINTEXT";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    /**
     * How to start the broker. Port 0 picks a free port. A null data directory means a temporary one,
     * deleted on stop; a given one is kept and reused on the next start.
     */
    public record Options(String host, int brokerPort, int controllerPort, Path dataDir, int defaultPartitions,
                          Map<String, String> properties) {

        public Options {
            Objects.requireNonNull(host, "host");
            if (brokerPort < 0 || controllerPort < 0) {
                throw new IllegalArgumentException("ports must be 0 (free port) or positive");
            }
            if (defaultPartitions < 1) {
                throw new IllegalArgumentException("defaultPartitions must be at least 1, got " + defaultPartitions);
            }
            properties = Map.copyOf(properties);
        }

        public static Options defaults() {
            return new Options("127.0.0.1", 0, 0, null, 3, Map.of());
        }

        public Options withBrokerPort(int value) {
            return new Options(host, value, controllerPort, dataDir, defaultPartitions, properties);
        }

        /** A persistent data directory, formatted on first use and reused afterwards. */
        public Options withDataDir(Path value) {
            return new Options(host, brokerPort, controllerPort, value, defaultPartitions, properties);
        }

        public Options withDefaultPartitions(int value) {
            return new Options(host, brokerPort, controllerPort, dataDir, value, properties);
        }

        /** Any broker setting, applied last so it wins over ours. */
        public Options withProperty(String key, String value) {
            Map<String, String> copy = new LinkedHashMap<>(properties);
            copy.put(key, value);
            return new Options(host, brokerPort, controllerPort, dataDir, defaultPartitions, copy);
        }

        public boolean persistent() {
            return dataDir != null;
        }
    }

    private KafkaRaftServer server;
    private final Options options;
    private final Path dataDir;
    private final String bootstrapServers;
    private final int controllerPort;
    private boolean stopped;
    private boolean down;

    private KafkaBroker(KafkaRaftServer server, Options options, Path dataDir, String bootstrapServers,
                        int controllerPort) {
        this.server = server;
        this.options = options;
        this.dataDir = dataDir;
        this.bootstrapServers = bootstrapServers;
        this.controllerPort = controllerPort;
    }

    public static KafkaBroker start(Options options) {
        int brokerPort = FreePort.orPick(options.brokerPort());
        int controllerPort = FreePort.orPick(options.controllerPort());
        while (controllerPort == brokerPort) {
            controllerPort = FreePort.pick();
        }
        Path dataDir = options.persistent()
                ? Directories.create(options.dataDir().toAbsolutePath())
                : Directories.createTemp("runstrength-kafka-");
        KafkaRaftServer server = null;
        // Kafka instantiates plug-ins (e.g. the share-group state persister) through the context class
        // loader, and its threads inherit it; under Quarkus tests that is an application class loader
        // holding other copies of the Kafka classes, so startup fails or threads outlive the loader.
        Thread current = Thread.currentThread();
        ClassLoader callerLoader = current.getContextClassLoader();
        current.setContextClassLoader(KafkaBroker.class.getClassLoader());
        try {
            KafkaConfig config = new KafkaConfig(brokerConfig(options, brokerPort, controllerPort, dataDir), false);
            if (!Files.exists(dataDir.resolve("meta.properties"))) {
                format(dataDir);
            }
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            String bootstrap = options.host() + ":" + brokerPort;
            KafkaBroker broker = new KafkaBroker(server, options, dataDir, bootstrap, controllerPort);
            broker.awaitReady();
            return broker;
        } catch (RuntimeException | Error e) {
            try {
                shutDownQuietly(server);
                if (!options.persistent()) {
                    Directories.deleteRecursively(dataDir);
                }
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        } finally {
            current.setContextClassLoader(callerLoader);
        }
    }

    static Properties brokerConfig(Options options, int brokerPort, int controllerPort, Path dataDir) {
        String host = options.host();
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        // A static one-voter quorum: nothing about the controller address is written to storage, so a
        // persistent directory can be restarted with a different controller port.
        props.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", BROKER_LISTENER);
        props.put("listeners", BROKER_LISTENER + "://" + host + ":" + brokerPort + ","
                + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
        props.put("advertised.listeners", BROKER_LISTENER + "://" + host + ":" + brokerPort);
        props.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("log.dirs", dataDir.toString());

        props.put("num.partitions", String.valueOf(options.defaultPartitions()));
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        // Topics are part of the contract: a typo in a topic name must fail, not create a new topic.
        props.put("auto.create.topics.enable", "false");
        props.put("group.initial.rebalance.delay.ms", "0");

        // Small files and few threads: this broker shares two cores with the services and the tests.
        props.put("log.segment.bytes", String.valueOf(8 * 1024 * 1024));
        props.put("log.index.size.max.bytes", String.valueOf(1024 * 1024));
        props.put("log.retention.hours", "168");
        props.put("log.retention.bytes", String.valueOf(256L * 1024 * 1024));
        props.put("log.cleaner.enable", "true");
        props.put("log.cleaner.threads", "1");
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "2");
        props.put("background.threads", "2");
        props.put("num.recovery.threads.per.data.dir", "1");
        props.put("num.replica.fetchers", "1");

        props.putAll(options.properties());
        return props;
    }

    private static void format(Path dataDir) {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(dataDir.toString())
                    .addDirectory(dataDir.toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka storage in " + dataDir, e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception last = null;
        try (Admin admin = admin()) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    last = e;
                }
                sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
        throw new IllegalStateException("Kafka broker at " + bootstrapServers + " not ready after " + READY_TIMEOUT, last);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public int brokerPort() {
        return Integer.parseInt(bootstrapServers.substring(bootstrapServers.lastIndexOf(':') + 1));
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** An admin client for this broker; the caller closes it. */
    public Admin admin() {
        return Topics.admin(bootstrapServers);
    }

    /** Creates the topics that do not exist yet; existing ones are left as they are. */
    public void createTopics(List<TopicSpec> topics) {
        Topics.create(bootstrapServers, topics);
    }

    public Set<String> topicNames() {
        return Topics.names(bootstrapServers);
    }

    /**
     * Begins an outage: the broker is shut down cleanly, its log directory kept, and nothing can connect
     * until {@link #endOutage()} starts it again on the same ports and directory.
     */
    public synchronized void beginOutage() {
        if (stopped || down) {
            throw new IllegalStateException("the broker is not running");
        }
        down = true;
        withOwnClassLoader(() -> shutDownQuietly(server));
    }

    /** Ends an outage begun with {@link #beginOutage()}: the same node, topics and offsets, once it answers. */
    public synchronized void endOutage() {
        if (!down) {
            throw new IllegalStateException("the broker is not in an outage");
        }
        withOwnClassLoader(() -> {
            KafkaConfig config = new KafkaConfig(brokerConfig(options, brokerPort(), controllerPort, dataDir), false);
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
        });
        down = false;
        awaitReady();
    }

    private static void withOwnClassLoader(Runnable action) {
        Thread current = Thread.currentThread();
        ClassLoader callerLoader = current.getContextClassLoader();
        current.setContextClassLoader(KafkaBroker.class.getClassLoader());
        try {
            action.run();
        } finally {
            current.setContextClassLoader(callerLoader);
        }
    }

    /** Shuts the broker down cleanly and waits for it; a temporary data directory is then deleted. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (!down) {
            withOwnClassLoader(() -> shutDownQuietly(server));
        }
        if (!options.persistent()) {
            Directories.deleteRecursively(dataDir);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void shutDownQuietly(KafkaRaftServer server) {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
    }

    private static void sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }
}
