package dev.runstrength.infra;

import java.util.ArrayList;
import java.util.List;

/** The topics of the contract (docs/contract.md), each with its dead-letter twin. */
public final class ContractTopics {

    public static final String CATALOG_EXERCISES = "catalog.exercises";
    public static final String RUNNER_PROFILES = "runner.profiles";
    public static final String PLANNER_PLANS = "planner.plans";
    public static final String WORKOUTS_COMPLETED = "workouts.completed";
    public static final String TRACKING_PROGRESSIONS = "tracking.progressions";

    public static final int DEFAULT_PARTITIONS = 3;

    private ContractTopics() {
    }

    /** The main topics: the catalogue is compacted, since a reader needs only the latest state of each exercise. */
    public static List<TopicSpec> main(int partitions) {
        return List.of(
                TopicSpec.compacted(CATALOG_EXERCISES, partitions),
                TopicSpec.deleting(RUNNER_PROFILES, partitions),
                TopicSpec.deleting(PLANNER_PLANS, partitions),
                TopicSpec.deleting(WORKOUTS_COMPLETED, partitions),
                TopicSpec.deleting(TRACKING_PROGRESSIONS, partitions));
    }

    /** The main topics followed by their {@code .dlq} twins. */
    public static List<TopicSpec> all(int partitions) {
        List<TopicSpec> all = new ArrayList<>(main(partitions));
        main(partitions).forEach(topic -> all.add(topic.deadLetter()));
        return List.copyOf(all);
    }

    /** Parses "name" or "name:compact" entries separated by commas, e.g. from a test resource's init arg. */
    public static List<TopicSpec> parse(String spec, int partitions) {
        List<TopicSpec> topics = new ArrayList<>();
        for (String entry : spec.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith(":compact")) {
                topics.add(TopicSpec.compacted(trimmed.substring(0, trimmed.length() - ":compact".length()), partitions));
            } else {
                topics.add(TopicSpec.deleting(trimmed, partitions));
            }
        }
        return List.copyOf(topics);
    }
}
