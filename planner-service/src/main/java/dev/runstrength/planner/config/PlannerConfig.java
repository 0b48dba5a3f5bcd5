package dev.runstrength.planner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** The planner's own settings ({@code runstrength.planner.*}). */
@ConfigMapping(prefix = "runstrength.planner")
public interface PlannerConfig {

    /**
     * The time zone in which "the day a profile arrives" is counted: a plan without a startDate
     * starts the day after. The contract's instants are UTC, so UTC is the neutral default.
     */
    @WithDefault("UTC")
    ZoneId zone();
}
