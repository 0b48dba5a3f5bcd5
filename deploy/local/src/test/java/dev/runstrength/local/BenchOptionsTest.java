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

    @Test
    void oneServiceCanBeGivenOptionsOfItsOwnAfterThoseForAll() {
        BenchOptions options = BenchOptions.parse(List.of("--service-java-opts", "-Xmx96m",
                "--java-opts-for", "planner=-Dmp.messaging.incoming.runner-profiles.max.poll.records=100",
                "--java-opts-for", "planner=-Dx=1"), REPO);

        assertThat(options.javaOptionsFor("planner"))
                .isEqualTo("-Xmx96m -Dmp.messaging.incoming.runner-profiles.max.poll.records=100 -Dx=1");
        assertThat(options.javaOptionsFor("tracking")).isEqualTo("-Xmx96m");
        assertThat(BenchOptions.parse(List.of(), REPO).javaOptionsFor("catalog")).isEmpty();
    }

    @Test
    void optionsForAServiceThatDoesNotExistAreRefused() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--java-opts-for", "plan=-Dx=1"), REPO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("catalog, planner, tracking");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--java-opts-for", "-Dx=1"), REPO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SERVICE=OPTIONS");
    }
}
