package dev.runstrength.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeploymentTest {

    static Stream<Arguments> workloads() {
        List<Arguments> all = new ArrayList<>();
        for (String overlay : Overlay.NAMES) {
            for (String service : ServiceConfig.SERVICES) {
                all.add(Arguments.of(overlay, service));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void probes_ask_the_health_endpoints_the_app_serves(String overlay, String service) throws Exception {
        Workloads workload = Workloads.of(Overlay.rendered(overlay), service);
        ServiceConfig config = ServiceConfig.of(service);
        Container container = workload.container();
        assertThat(Files.readString(Repo.root().resolve(service).resolve("pom.xml"))).contains("quarkus-smallrye-health");

        assertProbe(container.getStartupProbe(), config.healthPath("started"), container);
        assertProbe(container.getLivenessProbe(), config.healthPath("live"), container);
        assertProbe(container.getReadinessProbe(), config.healthPath("ready"), container);
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
        // the startup probe, not the liveness probe, waits out Flyway and a cold JVM (15 s measured on 2 cores)
        Probe startup = container.getStartupProbe();
        assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold()).isGreaterThanOrEqualTo(120);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void requests_and_limits_are_set_and_memory_is_not_overcommitted(String overlay, String service) {
        Container container = Workloads.of(Overlay.rendered(overlay), service).container();
        var requests = container.getResources().getRequests();
        var limits = container.getResources().getLimits();
        assertThat(requests).containsKeys("cpu", "memory");
        assertThat(limits).containsKeys("cpu", "memory");
        assertThat(Quantity.getAmountInBytes(limits.get("memory")))
                .isEqualByComparingTo(Quantity.getAmountInBytes(requests.get("memory")));
        assertThat(Quantity.getAmountInBytes(limits.get("cpu")))
                .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(requests.get("cpu")));
        // a service measured ~300 MB resident after start (docs/operations.md)
        assertThat(Quantity.getAmountInBytes(limits.get("memory")).longValue()).isGreaterThanOrEqualTo(384L * 1024 * 1024);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void runs_non_root_read_only_without_privileges(String overlay, String service) {
        Workloads workload = Workloads.of(Overlay.rendered(overlay), service);
        PodSpec pod = workload.deployment().getSpec().getTemplate().getSpec();
        PodSecurityContext podSecurity = pod.getSecurityContext();
        assertThat(podSecurity.getRunAsNonRoot()).isTrue();
        assertThat(podSecurity.getRunAsUser()).isPositive();
        assertThat(podSecurity.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(pod.getServiceAccountName()).isEqualTo(service);

        SecurityContext security = workload.container().getSecurityContext();
        assertThat(security.getAllowPrivilegeEscalation()).isFalse();
        assertThat(security.getReadOnlyRootFilesystem()).isTrue();
        assertThat(security.getPrivileged()).isNotEqualTo(Boolean.TRUE);
        assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(security.getCapabilities().getAdd()).isNullOrEmpty();

        VolumeMount tmp = workload.container().getVolumeMounts().stream()
                .filter(m -> m.getMountPath().equals("/tmp")).findFirst()
                .orElseThrow(() -> new AssertionError(service + " mounts nothing writable at /tmp"));
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst().orElseThrow();
        assertThat(volume.getEmptyDir()).isNotNull();
        assertThat(TypedModels.as(Overlay.rendered(overlay).one("ServiceAccount", service), io.fabric8.kubernetes.api.model.ServiceAccount.class)
                .getAutomountServiceAccountToken()).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void termination_grace_outlasts_the_app_shutdown_timeout(String overlay, String service) {
        Workloads workload = Workloads.of(Overlay.rendered(overlay), service);
        Duration shutdown = ServiceConfig.of(service).shutdownTimeout();
        assertThat(shutdown).isPositive();
        long grace = workload.deployment().getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        assertThat(Duration.ofSeconds(grace)).isGreaterThan(shutdown.plusSeconds(5));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void ports_agree_between_app_container_service_network_policy_and_monitor(String overlay, String service) throws Exception {
        Overlay rendered = Overlay.rendered(overlay);
        Workloads workload = Workloads.of(rendered, service);
        int httpPort = Integer.parseInt(workload.literal("QUARKUS_HTTP_PORT"));
        ContainerPort http = workload.container().getPorts().stream()
                .filter(p -> "http".equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(service + " names no http port"));
        assertThat(http.getContainerPort()).isEqualTo(httpPort);
        assertThat(workload.container().getPorts()).hasSize(1);

        for (Probe probe : List.of(workload.container().getStartupProbe(), workload.container().getLivenessProbe(),
                workload.container().getReadinessProbe())) {
            assertThat(resolve(probe.getHttpGet().getPort(), http)).isEqualTo(httpPort);
        }

        Service svc = TypedModels.as(rendered.one("Service", service), Service.class);
        assertThat(svc.getSpec().getSelector()).isEqualTo(workload.deployment().getSpec().getSelector().getMatchLabels());
        assertThat(workload.deployment().getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(svc.getSpec().getSelector());
        for (ServicePort port : svc.getSpec().getPorts()) {
            assertThat(resolve(port.getTargetPort(), http)).isEqualTo(httpPort);
        }

        NetworkPolicy policy = TypedModels.as(rendered.one("NetworkPolicy", service), NetworkPolicy.class);
        assertThat(policy.getSpec().getIngress()).allSatisfy(rule -> assertThat(rule.getPorts())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(resolve(p.getPort(), http)).isEqualTo(httpPort)));

        ServiceMonitor monitor = TypedModels.as(rendered.one("ServiceMonitor", service), ServiceMonitor.class);
        assertThat(svc.getMetadata().getLabels()).containsAllEntriesOf(monitor.getSpec().getSelector().getMatchLabels());
        assertThat(monitor.getSpec().getEndpoints()).singleElement().satisfies(endpoint -> {
            assertThat(endpoint.getPath()).isEqualTo(ServiceConfig.of(service).metricsPath()).isEqualTo("/q/metrics");
            assertThat(svc.getSpec().getPorts()).extracting(ServicePort::getName).contains(endpoint.getPort());
        });
        assertThat(Files.readString(Repo.root().resolve(service).resolve("pom.xml"))).contains("quarkus-micrometer-registry-prometheus");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void image_is_the_one_the_overlay_names(String overlay, String service) {
        String image = Workloads.of(Overlay.rendered(overlay), service).container().getImage();
        assertThat(image).startsWith("runstrength/" + service + ":").doesNotEndWith(":latest");
    }

    private static void assertProbe(Probe probe, String path, Container container) {
        assertThat(probe).as(container.getName() + " probe for " + path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getFailureThreshold()).isPositive();
    }

    private static int resolve(io.fabric8.kubernetes.api.model.IntOrString port, ContainerPort named) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        assertThat(port.getStrVal()).isEqualTo(named.getName());
        return named.getContainerPort();
    }
}
