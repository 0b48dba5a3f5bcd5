package dev.runstrength.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

    private static final Path REPO = Path.of("/repo");

    @Test
    void servicesAreWarmedUpWithAThousandRunnersUnlessToldOtherwise() {
        assertThat(BenchOptions.parse(List.of(), REPO).warmUpRunners()).isEqualTo(1000);
        assertThat(BenchOptions.parse(List.of("--warm-up", "250", "--runners", "500"), REPO))
                .extracting(BenchOptions::warmUpRunners, BenchOptions::runners).containsExactly(250, 500);
        assertThat(BenchOptions.parse(List.of("--warm-up", "0"), REPO).warmUpRunners()).isZero();
    }

    @Test
    void aNegativeOrMissingWarmUpIsRefusedWithTheOptionNamed() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--warm-up", "-1"), REPO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--warm-up");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--warm-up"), REPO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--warm-up needs a value");
    }
}
