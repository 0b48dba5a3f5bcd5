package dev.runstrength.dlq;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.apache.kafka.common.KafkaException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The dead-letter topics of any cluster, from the command line: {@code list} shows what failed and why,
 * {@code replay} sends chosen records back to their source topic once they can be applied.
 * Exit status: 0 done; 1 some selected records were not replayed and need a look (reported);
 * 2 bad arguments, an unknown topic or an unreachable cluster.
 */
@Command(name = "dlq", mixinStandardHelpOptions = true, sortOptions = false, version = "RunStrength DLQ tool 1.0 (contract v1)",
        subcommands = {ListCommand.class, ReplayCommand.class},
        description = {"Lists the records of a RunStrength dead-letter topic (<topic>.dlq) with their reasons, "
                + "and re-publishes selected ones to their source topic, each at most once."},
        footer = {"", "Exit status: 0 done; 1 some selected records were not replayed (see the report); "
                + "2 bad arguments, unknown topic or unreachable cluster."})
public final class DlqTool {

    static final int NEEDS_ATTENTION = 1;
    static final int FAILED = 2;

    @Option(names = {"--bootstrap-server", "-b"}, paramLabel = "HOST:PORT[,...]", scope = CommandLine.ScopeType.INHERIT,
            defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
            description = "Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS, else ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--command-config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "Client properties for every Kafka client the tool makes (security.protocol, ssl.*, sasl.*, ...), "
                    + "as kafka-console-consumer takes them.")
    Path commandConfig;

    KafkaSettings settings() {
        return KafkaSettings.of(bootstrapServers, commandConfig);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new DlqTool());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (exception instanceof DlqException || exception instanceof KafkaException) {
                err.println("dlq: " + exception.getMessage());
            } else if (exception instanceof IllegalArgumentException) {
                err.println("dlq: " + exception.getMessage());
                cmd.usage(err);
            } else {
                exception.printStackTrace(err);
            }
            err.flush();
            return FAILED;
        });
        return commandLine;
    }
}
