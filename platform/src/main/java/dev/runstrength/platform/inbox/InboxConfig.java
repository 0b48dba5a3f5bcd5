package dev.runstrength.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "runstrength.inbox")
public interface InboxConfig {

    /**
     * How long an applied event id stays in {@code processed_event}. It must outlast any redelivery:
     * Kafka redelivers what was polled but not committed (seconds to minutes after a crash or a
     * rebalance), and the contract topics keep records 7 days, so a replay of a whole topic into a new
     * group within that time still finds every id. Events older than this are still absorbed by each
     * consumer's second check (workoutId, planId, updatedAt, version).
     */
    @WithDefault("7d")
    Duration retention();

    /** How often the prune runs; it deletes in chunks of {@link #pruneChunk()} rows per transaction. */
    @WithDefault("1h")
    Duration pruneInterval();

    @WithDefault("10000")
    int pruneChunk();

    /**
     * The first wait after a transient failure (database or broker away, a timeout, a deadlock); each
     * next wait doubles, up to {@link #retryMaxDelay()}. Transient failures are retried for as long as
     * they last: a valid record is never dead-lettered for them.
     */
    @WithDefault("200ms")
    Duration retryDelay();

    @WithDefault("10s")
    Duration retryMaxDelay();
}
