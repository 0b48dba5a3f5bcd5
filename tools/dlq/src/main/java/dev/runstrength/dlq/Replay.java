package dev.runstrength.dlq;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;

/**
 * Re-publishes selected dead letters to their source topic, each at most once.
 *
 * <p>How "at most once" holds on any cluster, with no database: the replays of one dead-letter topic
 * share one transactional id, {@code runstrength-dlq-replay.<dlq-topic>}. A run first claims it
 * ({@code initTransactions}), which aborts whatever an earlier run left open and fences any run still
 * going; only then does it read the marks of {@link ReplayLog}, so what it reads is final. It then
 * sends, in one transaction, each selected record that has no mark together with its mark. Either both
 * the record and its mark are committed, or neither is: a second run finds the marks and sends nothing.
 *
 * <p>Consumers that read uncommitted records (the Kafka default) could still see a record of a transaction
 * that was aborted and later sent again; the services' consumers apply each CloudEvents id once, which
 * is why the record keeps its {@code ce_*} headers.
 */
final class Replay {

    static final String TRANSACTIONAL_ID_PREFIX = "runstrength-dlq-replay.";

    enum Kind {
        SENT(false), WOULD_SEND(false), ALREADY_REPLAYED(false),
        NOT_FOUND(true), NO_SOURCE_TOPIC(true), SOURCE_TOPIC_MISSING(true);

        /** Something the operator asked for that was not replayed and will not be until they act. */
        final boolean needsAttention;

        Kind(boolean needsAttention) {
            this.needsAttention = needsAttention;
        }
    }

    /** What happened to one selected dead letter; {@code letter} is null when the position was not found. */
    record Outcome(DlqPosition position, DeadLetter letter, Kind kind, String detail) {
    }

    private final KafkaSettings settings;
    private final Clock clock;

    Replay(KafkaSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    List<Outcome> run(String dlqTopic, Selection selection, boolean dryRun) {
        try (Admin admin = settings.admin()) {
            DeadLetterTopic.requireExists(settings, admin, dlqTopic);
            if (dryRun) {
                return plan(admin, dlqTopic, selection, true);
            }
            ReplayLog.ensureExists(settings, admin, dlqTopic);
            try (KafkaProducer<byte[], byte[]> producer = settings.transactionalProducer(TRANSACTIONAL_ID_PREFIX + dlqTopic)) {
                producer.initTransactions();
                List<Outcome> planned = plan(admin, dlqTopic, selection, false);
                return send(producer, dlqTopic, planned);
            }
        }
    }

    private List<Outcome> plan(Admin admin, String dlqTopic, Selection selection, boolean dryRun) {
        List<DeadLetter> letters = DeadLetterTopic.read(settings, admin, dlqTopic);
        Map<DlqPosition, ReplayLog.Mark> marks = ReplayLog.read(settings, admin, dlqTopic);
        Set<String> topics = TopicSnapshot.topicNames(settings, admin);

        List<Outcome> outcomes = new ArrayList<>();
        Set<DlqPosition> notFound = selection.positions() == null ? new TreeSet<>() : new TreeSet<>(selection.positions());
        for (DeadLetter letter : letters) {
            if (!selection.matches(letter)) {
                continue;
            }
            notFound.remove(letter.position());
            String source = letter.sourceTopic();
            ReplayLog.Mark mark = marks.get(letter.position());
            if (mark != null) {
                outcomes.add(new Outcome(letter.position(), letter, Kind.ALREADY_REPLAYED, "already replayed to " + mark));
            } else if (source == null) {
                outcomes.add(new Outcome(letter.position(), letter, Kind.NO_SOURCE_TOPIC,
                        "no dead-letter-topic header: the tool cannot tell where it came from"));
            } else if (!topics.contains(source)) {
                outcomes.add(new Outcome(letter.position(), letter, Kind.SOURCE_TOPIC_MISSING,
                        "source topic " + source + " does not exist on " + settings.bootstrapServers()));
            } else {
                outcomes.add(new Outcome(letter.position(), letter, dryRun ? Kind.WOULD_SEND : Kind.SENT, "to " + source));
            }
        }
        for (DlqPosition missing : notFound) {
            outcomes.add(new Outcome(missing, null, Kind.NOT_FOUND, "no record at " + missing + " in " + dlqTopic));
        }
        return outcomes;
    }

    private List<Outcome> send(KafkaProducer<byte[], byte[]> producer, String dlqTopic, List<Outcome> planned) {
        List<Outcome> toSend = planned.stream().filter(outcome -> outcome.kind() == Kind.SENT).toList();
        if (toSend.isEmpty()) {
            return planned;
        }
        Instant now = clock.instant();
        try {
            producer.beginTransaction();
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Outcome outcome : toSend) {
                DeadLetter letter = outcome.letter();
                // no partition given: the key picks it, as it did for the original (same key, same partition)
                sent.add(producer.send(new ProducerRecord<>(letter.sourceTopic(), null, letter.key(), letter.value(),
                        letter.replayHeaders())));
            }
            producer.flush();
            List<Outcome> result = new ArrayList<>();
            int next = 0;
            for (Outcome outcome : planned) {
                if (outcome.kind() != Kind.SENT) {
                    result.add(outcome);
                    continue;
                }
                RecordMetadata metadata = sent.get(next++).get();
                producer.send(ReplayLog.mark(dlqTopic, outcome.position(), metadata, now));
                result.add(new Outcome(outcome.position(), outcome.letter(), Kind.SENT,
                        "to " + metadata.topic() + "/" + metadata.partition() + "@" + metadata.offset()));
            }
            producer.commitTransaction();
            return result;
        } catch (ProducerFencedException e) {
            throw new DlqException("another replay of " + dlqTopic + " started meanwhile and took over; nothing of this run"
                    + " was committed. Run list to see what it replayed.", e);
        } catch (ExecutionException | KafkaException e) {
            abortQuietly(producer, e);
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new DlqException("replay of " + dlqTopic + " failed and was rolled back, nothing was marked replayed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abortQuietly(producer, e);
            throw new DlqException("interrupted; the replay was rolled back", e);
        }
    }

    private static void abortQuietly(KafkaProducer<byte[], byte[]> producer, Exception failure) {
        try {
            producer.abortTransaction();
        } catch (KafkaException abortFailure) {
            failure.addSuppressed(abortFailure);
        }
    }
}
