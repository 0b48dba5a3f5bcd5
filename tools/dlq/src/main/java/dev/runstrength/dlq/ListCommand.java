package dev.runstrength.dlq;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints a dead-letter topic's records, oldest first per partition, with where they came from and why they failed. */
@Command(name = "list", sortOptions = false,
        description = {"Lists the records of a dead-letter topic: position in the DLQ (partition:offset), source "
                + "topic/partition@offset, key, CloudEvents id and type, whether and where it was replayed, and the reason."})
final class ListCommand extends DlqCommand {

    @Option(names = "--reason", paramLabel = "TEXT", description = "Only records whose reason contains TEXT (case-insensitive).")
    String reason;

    @Option(names = "--partition", paramLabel = "P", description = "Only records in this partition of the DLQ.")
    Integer partition;

    @Option(names = "--from-offset", paramLabel = "N", description = "Only records at DLQ offset N or later.")
    Long fromOffset;

    @Option(names = "--to-offset", paramLabel = "N", description = "Only records at DLQ offset N or earlier.")
    Long toOffset;

    @Option(names = "--value", description = "Also print each record's value.")
    boolean printValue;

    @Override
    public Integer call() {
        Selection selection = new Selection(null, reason, partition, fromOffset, toOffset);
        KafkaSettings settings = tool.settings();
        PrintWriter out = spec.commandLine().getOut();
        try (Admin admin = settings.admin()) {
            List<DeadLetter> letters = DeadLetterTopic.read(settings, admin, dlqTopic);
            Map<DlqPosition, ReplayLog.Mark> marks = ReplayLog.read(settings, admin, dlqTopic);
            int shown = 0;
            for (DeadLetter letter : letters) {
                if (!selection.matches(letter)) {
                    continue;
                }
                shown++;
                ReplayLog.Mark mark = marks.get(letter.position());
                out.printf("%s  source %s  key %s  id %s  type %s  replayed %s%n", letter.position(), letter.source(),
                        orDash(letter.keyText()), orDash(letter.eventId()), orDash(letter.eventType()),
                        mark == null ? "no" : "to " + mark);
                out.printf("    reason: %s%n", orDash(letter.reason()));
                if (printValue) {
                    out.printf("    value: %s%n", orDash(letter.valueText()));
                }
            }
            out.printf("%d of %d records in %s%n", shown, letters.size(), dlqTopic);
            out.flush();
        }
        return 0;
    }
}
