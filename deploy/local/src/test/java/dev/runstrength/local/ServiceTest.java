package dev.runstrength.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ServiceTest {

    @Test
    void theThreeServicesUseTheContractPortsAndADatabaseEach() {
        assertThat(Service.ALL).extracting(Service::name).containsExactly("catalog", "planner", "tracking");
        assertThat(Service.ALL).extracting(Service::httpPort).containsExactly(8081, 8082, 8083);
        assertThat(Service.ALL).extracting(Service::managementPort).containsExactly(9081, 9082, 9083);
        assertThat(Service.ALL).extracting(Service::database).containsExactly("catalog", "planner", "tracking");
    }

    @Test
    void environmentPointsTheServiceAtItsPortsKafkaItsDatabaseAndTheTokenKey() {
        Service planner = Service.ALL.get(1);

        assertThat(planner.environment("127.0.0.1:9092", "jdbc:postgresql://127.0.0.1:15432/planner", "postgres", "secret",
                Path.of("/data/keys/publicKey.pem"), "urn:runstrength:local"))
                .containsExactly(
                        entry("MALLOC_ARENA_MAX", "2"),
                        entry("QUARKUS_HTTP_PORT", "8082"),
                        entry("QUARKUS_MANAGEMENT_PORT", "9082"),
                        entry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                        entry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/planner"),
                        entry("QUARKUS_DATASOURCE_USERNAME", "postgres"),
                        entry("QUARKUS_DATASOURCE_PASSWORD", "secret"),
                        entry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "/data/keys/publicKey.pem"),
                        entry("MP_JWT_VERIFY_ISSUER", "urn:runstrength:local"));
    }

    @Test
    void runsTheQuarkusFastJarWithTheLaunchersJava() {
        Service tracking = Service.ALL.get(2);
        Path repo = Path.of("/repo");

        assertThat(tracking.runnableJar(repo)).isEqualTo(Path.of("/repo/tracking-service/target/quarkus-app/quarkus-run.jar"));
        List<String> expected = new ArrayList<>();
        expected.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        expected.addAll(Service.jvmOptions());
        expected.add("-jar");
        expected.add("/repo/tracking-service/target/quarkus-app/quarkus-run.jar");
        assertThat(tracking.command(repo)).containsExactlyElementsOf(expected);
    }

    @Test
    void theServicesGetTheEnvironmentTheirImagesSetInThePom() throws IOException {
        String pom = Files.readString(RepoRoot.find().resolve("pom.xml"));
        Matcher arenas = Pattern.compile("<quarkus.jib.environment-variables.MALLOC_ARENA_MAX>([^<]+)<").matcher(pom);
        assertThat(arenas.find()).as("the parent pom sets the images' MALLOC_ARENA_MAX").isTrue();

        assertThat(Service.imageEnvironment()).containsExactly(entry("MALLOC_ARENA_MAX", arenas.group(1)));
        assertThat(Service.ALL.get(0).environment("k:9092", "jdbc:postgresql://db/catalog", "u", "p", Path.of("key.pem"), "iss"))
                .containsEntry("MALLOC_ARENA_MAX", arenas.group(1)).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "k:9092");
        assertThat(Service.jvmOptions()).noneMatch(option -> option.contains("MALLOC"));
    }

    @Test
    void optionsToTryComeAfterTheImagesFlagsSoTheJvmTakesThem() throws Exception {
        List<String> command = Service.ALL.get(1).command(Path.of("/repo"), List.of("-Xmx88m"));
        assertThat(command.subList(command.size() - 3, command.size()))
                .containsExactly("-Xmx88m", "-jar", "/repo/planner-service/target/quarkus-app/quarkus-run.jar");
        assertThat(Service.jvmOptions()).contains("-Xmx96m");

        // the JVM itself: of two -Xmx, the later one holds (JAVA_TOOL_OPTIONS would have come first, and lost)
        List<String> probe = new ArrayList<>(command.subList(0, command.size() - 2));
        probe.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Process java = new ProcessBuilder(probe).redirectErrorStream(true).start();
        String flags = new String(java.getInputStream().readAllBytes());
        assertThat(java.waitFor()).isZero();
        assertThat(flags).containsPattern("MaxHeapSize\\s+= " + 88L * 1024 * 1024 + "\\s");
    }

    @Test
    void startsTheServicesWithTheJvmFlagsTheirImagesHave() throws IOException {
        String pom = Files.readString(RepoRoot.find().resolve("pom.xml"));
        Matcher flags = Pattern.compile("<runstrength.service.jvm-options>([^<]+)</runstrength.service.jvm-options>").matcher(pom);
        assertThat(flags.find()).as("the parent pom names the services' JVM flags").isTrue();

        assertThat(Service.jvmOptions()).containsExactly(flags.group(1).split(","));
        assertThat(Service.jvmOptions()).allMatch(option -> option.startsWith("-")).anyMatch(option -> option.startsWith("-Xmx"));
        assertThat(pom).contains("<quarkus.jib.jvm-entrypoint>java,${runstrength.service.jvm-options},-jar,");
    }

    @Test
    void urlsAreOnLoopbackAndOperationsOnTheManagementPort() {
        Service catalog = Service.ALL.get(0);

        assertThat(catalog.baseUrl()).isEqualTo("http://127.0.0.1:8081");
        assertThat(catalog.readinessUrl()).isEqualTo("http://127.0.0.1:9081/q/health/ready");
        assertThat(catalog.swaggerUiUrl()).isEqualTo("http://127.0.0.1:9081/q/swagger-ui");
    }
}
