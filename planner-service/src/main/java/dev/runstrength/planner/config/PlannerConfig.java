package dev.runstrength.planner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;

/** The planner's own settings ({@code runstrength.planner.*}). */
@ConfigMapping(prefix = "runstrength.planner")
public interface PlannerConfig {

    /**
     * The time zone in which "the day a profile arrives" is counted: a plan without a startDate
     * starts the day after. The contract's instants are UTC, so UTC is the neutral default.
     */
    @WithDefault("UTC")
    ZoneId zone();

    /**
     * Where callers reach this service, e.g. {@code https://planner.example.com}: the base of the secret
     * calendar feed URLs handed out. Unset, they are built from the request, which behind a proxy that
     * does not pass the original host is the wrong address.
     */
    Optional<URI> publicUrl();
}
