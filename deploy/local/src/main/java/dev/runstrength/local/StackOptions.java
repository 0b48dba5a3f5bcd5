package dev.runstrength.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.runstrength.infra.ContractTopics;

/** What the command line asked for. Defaults are the documented local addresses. */
public record StackOptions(Path repoRoot, Path dataDir, boolean clean, int partitions, boolean infraOnly,
                           int kafkaPort, int postgresPort, boolean help) {

    public static final int DEFAULT_KAFKA_PORT = 9092;
    // Not 5432, so a PostgreSQL already installed on the machine keeps its port.
    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final String DATA_DIR_NAME = ".runstrength";

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: run.sh [--build] [options]",
            "  --data-dir DIR       where Kafka, PostgreSQL, the logs and the token keys live (default <repo>/.runstrength)",
            "  --clean              wipe the data directory first",
            "  --partitions N       partitions of each contract topic when it is created (default 3)",
            "  --kafka-port N       Kafka listener on 127.0.0.1 (default 9092)",
            "  --postgres-port N    PostgreSQL on 127.0.0.1 (default 15432)",
            "  --infra-only         start Kafka and PostgreSQL only, not the three services",
            "  --repo DIR           repository root holding the services' builds (default: found from here)",
            "  --help               this text");

    public StackOptions {
        if (partitions < 1) {
            throw new IllegalArgumentException("--partitions must be at least 1, got " + partitions);
        }
        requirePort("--kafka-port", kafkaPort);
        requirePort("--postgres-port", postgresPort);
        if (kafkaPort == postgresPort) {
            throw new IllegalArgumentException("--kafka-port and --postgres-port must differ, both are " + kafkaPort);
        }
    }

    /** Parses the arguments; the repository root comes from {@code --repo} or else {@code defaultRepoRoot}. */
    public static StackOptions parse(List<String> args, Path defaultRepoRoot) {
        Path repo = defaultRepoRoot;
        Path dataDir = null;
        boolean clean = false;
        boolean infraOnly = false;
        boolean help = false;
        int partitions = ContractTopics.DEFAULT_PARTITIONS;
        int kafkaPort = DEFAULT_KAFKA_PORT;
        int postgresPort = DEFAULT_POSTGRES_PORT;
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            String inlineValue = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                inlineValue = arg.substring(equals + 1);
                arg = arg.substring(0, equals);
            }
            switch (arg) {
                case "--data-dir" -> dataDir = Path.of(value(arg, inlineValue, rest));
                case "--repo" -> repo = Path.of(value(arg, inlineValue, rest));
                case "--partitions" -> partitions = number(arg, value(arg, inlineValue, rest));
                case "--kafka-port" -> kafkaPort = number(arg, value(arg, inlineValue, rest));
                case "--postgres-port" -> postgresPort = number(arg, value(arg, inlineValue, rest));
                case "--clean" -> clean = flag(arg, inlineValue);
                case "--infra-only" -> infraOnly = flag(arg, inlineValue);
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        if (repo == null) {
            throw new IllegalArgumentException("no repository root: pass --repo DIR");
        }
        repo = repo.toAbsolutePath().normalize();
        Path data = (dataDir == null ? repo.resolve(DATA_DIR_NAME) : dataDir).toAbsolutePath().normalize();
        return new StackOptions(repo, data, clean, partitions, infraOnly, kafkaPort, postgresPort, help);
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    /** The local stack's token signing key pair: the services trust its public half. */
    public Path keysDir() {
        return dataDir.resolve("keys");
    }

    public Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    private static String value(String option, String inlineValue, List<String> rest) {
        if (inlineValue != null) {
            return inlineValue;
        }
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static boolean flag(String option, String inlineValue) {
        if (inlineValue != null) {
            throw new IllegalArgumentException(option + " takes no value, got '" + inlineValue + "'");
        }
        return true;
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'");
        }
    }

    private static void requirePort(String option, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(option + " must be between 1 and 65535, got " + port);
        }
    }
}
