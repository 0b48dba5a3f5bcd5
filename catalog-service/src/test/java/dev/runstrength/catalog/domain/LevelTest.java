package dev.runstrength.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LevelTest {

    @Test
    void atOrBelowFollowsTheOrderBeginnerIntermediateAdvanced() {
        assertThat(Level.BEGINNER.atOrBelow(Level.BEGINNER)).isTrue();
        assertThat(Level.BEGINNER.atOrBelow(Level.ADVANCED)).isTrue();
        assertThat(Level.INTERMEDIATE.atOrBelow(Level.BEGINNER)).isFalse();
        assertThat(Level.ADVANCED.atOrBelow(Level.INTERMEDIATE)).isFalse();
        assertThat(Level.ADVANCED.above(Level.INTERMEDIATE)).isTrue();
        assertThat(Level.INTERMEDIATE.above(Level.INTERMEDIATE)).isFalse();
    }
}
