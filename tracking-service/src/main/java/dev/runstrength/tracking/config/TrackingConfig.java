package dev.runstrength.tracking.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "runstrength.tracking")
public interface TrackingConfig {

    /**
     * A runner's progression is also saved after every this many workouts (progression_checkpoint), so a
     * workout that arrives late, or a plan that arrives after workouts of its sessions, replays at most
     * this many workouts plus those after it, never the runner's whole history.
     */
    @WithDefault("100")
    int checkpointEvery();
}
