package dev.runstrength.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class StackOptionsTest {

    private static final Path REPO = Path.of("/work/repo");

    @Test
    void defaultsAreTheDocumentedAddressesAndADataDirInTheRepository() {
        StackOptions options = StackOptions.parse(List.of(), REPO);

        assertThat(options.dataDir()).isEqualTo(Path.of("/work/repo/.runstrength"));
        assertThat(options.logDir()).isEqualTo(Path.of("/work/repo/.runstrength/logs"));
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.postgresPort()).isEqualTo(15432);
        assertThat(options.partitions()).isEqualTo(3);
        assertThat(options.clean()).isFalse();
        assertThat(options.infraOnly()).isFalse();
        assertThat(options.help()).isFalse();
    }

    @Test
    void readsEveryOptionWithSeparateOrInlineValues() {
        StackOptions options = StackOptions.parse(List.of("--data-dir", "/tmp/stack", "--clean", "--partitions=6",
                "--kafka-port", "19092", "--postgres-port=25432", "--infra-only", "--repo", "/elsewhere"), REPO);

        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/stack"));
        assertThat(options.repoRoot()).isEqualTo(Path.of("/elsewhere"));
        assertThat(options.clean()).isTrue();
        assertThat(options.partitions()).isEqualTo(6);
        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThat(options.postgresPort()).isEqualTo(25432);
        assertThat(options.infraOnly()).isTrue();
    }

    @Test
    void relativeDataDirIsMadeAbsolute() {
        Path dataDir = StackOptions.parse(List.of("--data-dir", "data"), REPO).dataDir();

        assertThat(dataDir.isAbsolute()).isTrue();
        assertThat(dataDir).isEqualTo(Path.of("data").toAbsolutePath());
    }

    @Test
    void helpIsRecognised() {
        assertThat(StackOptions.parse(List.of("--help"), REPO).help()).isTrue();
        assertThat(StackOptions.USAGE).contains("--data-dir", "--clean", "--partitions", "--infra-only");
    }

    @Test
    void rejectsAnUnknownOptionByName() {
        assertThatThrownBy(() -> StackOptions.parse(List.of("--demo"), REPO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'--demo'");
    }

    @Test
    void rejectsAMissingValue() {
        assertThatThrownBy(() -> StackOptions.parse(List.of("--partitions"), REPO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--partitions needs a value");
        assertThatThrownBy(() -> StackOptions.parse(List.of("--data-dir", "--clean"), REPO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--data-dir needs a value");
    }

    @Test
    void rejectsANonNumericOrNonPositivePartitionCount() {
        assertThatThrownBy(() -> StackOptions.parse(List.of("--partitions", "three"), REPO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--partitions needs a whole number, got 'three'");
        assertThatThrownBy(() -> StackOptions.parse(List.of("--partitions", "0"), REPO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--partitions must be at least 1, got 0");
    }

    @Test
    void rejectsPortsOutOfRangeOrClashing() {
        assertThatThrownBy(() -> StackOptions.parse(List.of("--kafka-port", "70000"), REPO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--kafka-port").hasMessageContaining("70000");
        assertThatThrownBy(() -> StackOptions.parse(List.of("--kafka-port", "15432"), REPO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must differ");
    }

    @Test
    void rejectsAValueOnAFlag() {
        assertThatThrownBy(() -> StackOptions.parse(List.of("--clean=yes"), REPO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--clean takes no value");
    }

    @Test
    void needsARepositoryRoot() {
        assertThatThrownBy(() -> StackOptions.parse(List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--repo");
    }
}
