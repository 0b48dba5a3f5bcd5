package dev.runstrength.dlq;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Sends selected dead letters back to their source topic; see {@link Replay} for why each goes at most once. */
@Command(name = "replay", sortOptions = false,
        description = {"Re-publishes selected records to their source topic (the dead-letter-topic header) with their "
                + "key, value and own headers (CloudEvents ones included, so the event keeps its id), in one transaction "
                + "with a mark in the compacted topic <DLQ-TOPIC>.replayed: a record already marked is never sent again."})
final class ReplayCommand extends DlqCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--offsets", paramLabel = "P:O[,P:O...]", description = "These records, by their DLQ partition:offset.")
        String offsets;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Every record whose reason contains TEXT (case-insensitive).")
        String reason;

        @Option(names = "--all", description = "Every record.")
        boolean all;
    }

    @Option(names = "--partition", paramLabel = "P", description = "Narrows --reason or --all to this DLQ partition.")
    Integer partition;

    @Option(names = "--from-offset", paramLabel = "N", description = "Narrows --reason or --all to DLQ offsets from N.")
    Long fromOffset;

    @Option(names = "--to-offset", paramLabel = "N", description = "Narrows --reason or --all to DLQ offsets up to N.")
    Long toOffset;

    @Option(names = "--dry-run", description = "Show what would be sent; send and mark nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Selection selection = new Selection(
                which.offsets == null ? null : DlqPosition.parseList(which.offsets),
                which.reason, partition, fromOffset, toOffset);
        List<Replay.Outcome> outcomes = new Replay(tool.settings(), Clock.systemUTC()).run(dlqTopic, selection, dryRun);

        PrintWriter out = spec.commandLine().getOut();
        Map<Replay.Kind, Integer> counts = new EnumMap<>(Replay.Kind.class);
        for (Replay.Outcome outcome : outcomes) {
            counts.merge(outcome.kind(), 1, Integer::sum);
            DeadLetter letter = outcome.letter();
            String what = letter == null ? "" : "  key " + orDash(letter.keyText()) + "  id " + orDash(letter.eventId());
            out.printf("%s %s%s  %s%n", label(outcome.kind()), outcome.position(), what, outcome.detail());
        }
        out.printf("%s: %d %s, %d already replayed, %d not found, %d without source topic, %d whose source topic is missing%n",
                dlqTopic, counts.getOrDefault(dryRun ? Replay.Kind.WOULD_SEND : Replay.Kind.SENT, 0),
                dryRun ? "would be sent (dry run, nothing sent)" : "sent",
                counts.getOrDefault(Replay.Kind.ALREADY_REPLAYED, 0), counts.getOrDefault(Replay.Kind.NOT_FOUND, 0),
                counts.getOrDefault(Replay.Kind.NO_SOURCE_TOPIC, 0), counts.getOrDefault(Replay.Kind.SOURCE_TOPIC_MISSING, 0));
        out.flush();
        return outcomes.stream().anyMatch(outcome -> outcome.kind().needsAttention) ? DlqTool.NEEDS_ATTENTION : 0;
    }

    private static String label(Replay.Kind kind) {
        return switch (kind) {
            case SENT -> "sent       ";
            case WOULD_SEND -> "would send ";
            case ALREADY_REPLAYED -> "skipped    ";
            case NOT_FOUND -> "not found  ";
            case NO_SOURCE_TOPIC, SOURCE_TOPIC_MISSING -> "skipped    ";
        };
    }
}
