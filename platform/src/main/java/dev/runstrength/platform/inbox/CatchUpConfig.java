package dev.runstrength.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Ready means caught up: the channels a service must have read to the end before it does anything else
 * (its replicas), and the channels held back until then. A held channel is configured
 * {@code pausable=true} and {@code pausable.initially-paused=true}, so it takes nothing before it is resumed.
 */
@ConfigMapping(prefix = "runstrength.catch-up")
public interface CatchUpConfig {

    /** Channels whose topics are read up to the end offsets found at start before the service is ready. */
    Optional<List<String>> sources();

    /** Channels started paused and resumed once every source has caught up. */
    Optional<List<String>> held();

    /** How often progress is checked until caught up. */
    @WithDefault("250ms")
    Duration checkEvery();
}
