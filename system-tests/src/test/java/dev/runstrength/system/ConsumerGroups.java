package dev.runstrength.system;

import dev.runstrength.contracts.Topics;
import java.util.List;
import java.util.Map;

/** The consumer groups the services' application.properties configure, and the topic each reads. */
final class ConsumerGroups {

    static final String PLANNER_PROFILES = "planner-service";
    static final String PLANNER_CATALOGUE = "planner-service-catalog";
    static final String PLANNER_PROGRESSIONS = "planner-service-progressions";
    static final String TRACKING_WORKOUTS = "tracking-service";
    static final String TRACKING_PLANS = "tracking-service-plans";
    static final String TRACKING_CATALOGUE = "tracking-service-catalog";
    static final String TRACKING_ERASURES = "tracking-service-erasures";

    static final List<String> CATALOGUE_REPLICAS = List.of(PLANNER_CATALOGUE, TRACKING_CATALOGUE);

    static final Map<String, String> ALL = Map.of(
            PLANNER_PROFILES, Topics.RUNNER_PROFILES,
            PLANNER_CATALOGUE, Topics.CATALOG_EXERCISES,
            PLANNER_PROGRESSIONS, Topics.TRACKING_PROGRESSIONS,
            TRACKING_WORKOUTS, Topics.WORKOUTS_COMPLETED,
            TRACKING_PLANS, Topics.PLANNER_PLANS,
            TRACKING_CATALOGUE, Topics.CATALOG_EXERCISES,
            TRACKING_ERASURES, Topics.RUNNER_PROFILES);

    private ConsumerGroups() {
    }
}
