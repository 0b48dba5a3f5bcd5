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
 */
public record IntakeChannel(String channel, String consumer, Set<EventKind> accepted) {

    public IntakeChannel {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(consumer, "consumer");
        accepted = Set.copyOf(accepted);
    }
}
