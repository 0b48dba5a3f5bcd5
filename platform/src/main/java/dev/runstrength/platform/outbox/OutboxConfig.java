package dev.runstrength.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "runstrength.outbox")
public interface OutboxConfig {

    /** Turn the relay off to let events accumulate (tests of crash recovery do this). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Safety net: the relay also runs after every commit that wrote an event. */
    @WithDefault("2s")
    Duration pollInterval();

    /**
     * Rows per relay transaction: all sent at once, acknowledged together and deleted with one
     * statement. An intake batch appends up to a poll's worth (500) of events; one relay run takes them.
     */
    @WithDefault("500")
    int batchSize();

    /**
     * At most this many bytes of payload per relay transaction (at least one row whatever its size), so
     * that a batch of large events (plans are tens of KB) does not fill the heap: the rest goes next.
     */
    @WithDefault("4194304")
    int batchBytes();

    /** How long one batch may wait for the broker's acknowledgements before it is retried. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** CloudEvents `source` of the events this service produces, e.g. urn:runstrength:catalog. */
    String source();
}
