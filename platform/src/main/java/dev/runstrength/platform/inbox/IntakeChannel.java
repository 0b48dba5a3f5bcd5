package dev.runstrength.platform.inbox;

import dev.runstrength.contracts.EventKind;
import java.util.Objects;
import java.util.Set;

/**
 * One consuming channel as the intake sees it.
 *
 * @param channel  the SmallRye channel name; its {@code mp.messaging.incoming.<channel>.dead-letter-queue.topic}
 *                 names where rejected records go (default {@code <topic>.dlq}, as the contract says)
 * @param consumer the name under which applied event ids are logged in {@code processed_event}; fixed in
 *                 code and independent of the consumer group, so a replay through a new group finds them
 * @param accepted the event kinds the channel's topic may carry
 * @param wanted   the kinds the channel applies; the same as {@code accepted} except for a consumer that
 *                 reads only some kinds of another service's topic (tracking: the erasures on
 *                 {@code runner.profiles}), which skips the rest
 * @param reader   null: the intake reads the data as a tree and validates it against its JSON Schema; else
 *                 the channel's own reader of the data's bytes, which checks the fields it keeps
 *                 ({@link DataReader}; binary-mode records only, the others are validated as a whole first)
 */
public record IntakeChannel(String channel, String consumer, Set<EventKind> accepted, Set<EventKind> wanted,
                            DataReader reader) {

    public IntakeChannel {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(consumer, "consumer");
        accepted = Set.copyOf(accepted);
        wanted = Set.copyOf(wanted);
        if (!accepted.containsAll(wanted)) {
            throw new IllegalArgumentException("wanted kinds " + wanted + " are not all among " + accepted);
        }
    }

    public IntakeChannel(String channel, String consumer, Set<EventKind> accepted, Set<EventKind> wanted) {
        this(channel, consumer, accepted, wanted, null);
    }

    /** A channel that applies every kind its topic carries. */
    public IntakeChannel(String channel, String consumer, Set<EventKind> accepted) {
        this(channel, consumer, accepted, accepted);
    }

    /** This channel, its data read by {@code reader} instead of as a validated tree. */
    public IntakeChannel readingWith(DataReader reader) {
        return new IntakeChannel(channel, consumer, accepted, wanted, Objects.requireNonNull(reader, "reader"));
    }

    /** A channel that applies only {@code wanted} of what its topic carries, and skips the rest. */
    public static IntakeChannel readingOnly(String channel, String consumer, String topic, Set<EventKind> wanted) {
        return new IntakeChannel(channel, consumer, Set.copyOf(EventKind.onTopic(topic)), wanted);
    }

    /** True when the channel skips some of its topic's kinds (and broken records, which are not its to reject). */
    public boolean readsOnlySome() {
        return !wanted.equals(accepted);
    }
}
