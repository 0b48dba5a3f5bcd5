package dev.runstrength.planner.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock planning reads (plan times, "the day after the profile arrives"); tests may replace it. */
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(PlannerConfig config) {
        return Clock.system(config.zone());
    }
}
