package dev.runstrength.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContractTopicsTest {

    @Test
    void listsTheFiveContractTopicsThenTheirDeadLetterTwins() {
        assertThat(ContractTopics.all(3)).extracting(TopicSpec::name).containsExactly(
                "catalog.exercises", "runner.profiles", "planner.plans", "workouts.completed", "tracking.progressions",
                "catalog.exercises.dlq", "runner.profiles.dlq", "planner.plans.dlq", "workouts.completed.dlq",
                "tracking.progressions.dlq");
    }

    @Test
    void onlyTheCatalogueIsCompacted() {
        assertThat(ContractTopics.all(3)).filteredOn(TopicSpec::compacted).extracting(TopicSpec::name)
                .containsExactly("catalog.exercises");
    }

    @Test
    void everyTopicGetsTheRequestedPartitions() {
        assertThat(ContractTopics.all(5)).extracting(TopicSpec::partitions).containsOnly(5);
    }

    @Test
    void parsesNamesWithAnOptionalCompactMarker() {
        assertThat(ContractTopics.parse(" a.events , b.state:compact,,", 2))
                .containsExactly(new TopicSpec("a.events", 2, false), new TopicSpec("b.state", 2, true));
    }

    @Test
    void rejectsATopicWithoutPartitions() {
        assertThatThrownBy(() -> new TopicSpec("x", 0, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x").hasMessageContaining("got 0");
    }
}
