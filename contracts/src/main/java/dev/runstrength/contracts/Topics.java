package dev.runstrength.contracts;

import java.util.List;

/** The Kafka topics of the contract. Each has a dead-letter topic {@code <topic>.dlq}. */
public final class Topics {

    /** Compacted; key = exerciseId. */
    public static final String CATALOG_EXERCISES = "catalog.exercises";
    public static final String RUNNER_PROFILES = "runner.profiles";
    public static final String PLANNER_PLANS = "planner.plans";
    public static final String WORKOUTS_COMPLETED = "workouts.completed";
    public static final String TRACKING_PROGRESSIONS = "tracking.progressions";

    public static final List<String> ALL = List.of(
            CATALOG_EXERCISES, RUNNER_PROFILES, PLANNER_PLANS, WORKOUTS_COMPLETED, TRACKING_PROGRESSIONS);

    private static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String dlq(String topic) {
        return topic + DLQ_SUFFIX;
    }

    /** True for the one compacted topic, whose latest record per key is the state. */
    public static boolean isCompacted(String topic) {
        return CATALOG_EXERCISES.equals(topic);
    }
}
