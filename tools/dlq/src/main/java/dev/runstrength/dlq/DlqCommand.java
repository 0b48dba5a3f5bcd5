package dev.runstrength.dlq;

import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand has: its help, the tool's connection settings, the output, and the DLQ topic it works on. */
abstract class DlqCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @ParentCommand
    DlqTool tool;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DLQ-TOPIC", description = "The dead-letter topic, e.g. workouts.completed.dlq.")
    String dlqTopic;

    /** A header or key printed: "-" when absent. */
    static String orDash(String text) {
        return text == null ? "-" : text;
    }
}
