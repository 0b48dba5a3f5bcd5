package dev.runstrength.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Lifecycle;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeploymentTest {

    static Stream<Arguments> workloads() {
        List<Arguments> all = new ArrayList<>();
        for (String overlay : Overlay.ALL) {
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

        assertProbe(container.getStartupProbe(), config.healthPath("started"), workload);
        assertProbe(container.getLivenessProbe(), config.healthPath("live"), workload);
        assertProbe(container.getReadinessProbe(), config.healthPath("ready"), workload);
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
    void a_stopping_pod_keeps_serving_until_it_has_left_the_endpoints_then_shuts_down_in_its_grace(String overlay, String service) {
        Workloads workload = Workloads.of(Overlay.rendered(overlay), service);
        // kube-proxy, ingress controllers and clients take a few seconds to stop sending to a pod that
        // left the endpoints; the preStop sleep covers that before SIGTERM starts Quarkus' shutdown
        Lifecycle lifecycle = workload.container().getLifecycle();
        assertThat(lifecycle).as(service + " has no preStop").isNotNull();
        long preStop = lifecycle.getPreStop().getSleep().getSeconds();
        assertThat(preStop).isBetween(5L, 20L);
        Duration shutdown = ServiceConfig.of(service).shutdownTimeout();
        assertThat(shutdown).isPositive();
        // the grace period counts from the start of preStop
        long grace = workload.deployment().getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        assertThat(Duration.ofSeconds(grace)).isGreaterThan(shutdown.plusSeconds(preStop + 5));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void ports_agree_between_app_container_and_service(String overlay, String service) {
        Overlay rendered = Overlay.rendered(overlay);
        Workloads workload = Workloads.of(rendered, service);
        ContainerPort http = workload.port("http");
        ContainerPort management = workload.port("management");
        assertThat(http.getContainerPort()).isEqualTo(Integer.parseInt(workload.literal("QUARKUS_HTTP_PORT")));
        assertThat(management.getContainerPort()).isEqualTo(Integer.parseInt(workload.literal("QUARKUS_MANAGEMENT_PORT")))
                .isEqualTo(9000);
        assertThat(workload.container().getPorts()).hasSize(2);

        Service svc = TypedModels.as(rendered.one("Service", service), Service.class);
        assertThat(svc.getSpec().getSelector()).isEqualTo(workload.deployment().getSpec().getSelector().getMatchLabels());
        assertThat(workload.deployment().getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(svc.getSpec().getSelector());
        assertThat(svc.getSpec().getPorts()).extracting(ServicePort::getName).containsExactlyInAnyOrder("http", "management");
        for (ServicePort port : svc.getSpec().getPorts()) {
            ContainerPort target = workload.port(port.getName());
            assertThat(Workloads.resolve(port.getTargetPort(), target)).isEqualTo(target.getContainerPort());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void replicas_spread_over_zones_and_nodes(String overlay, String service) {
        Workloads workload = Workloads.of(Overlay.rendered(overlay), service);
        PodSpec pod = workload.deployment().getSpec().getTemplate().getSpec();
        Map<String, String> podLabels = workload.deployment().getSpec().getTemplate().getMetadata().getLabels();
        assertThat(pod.getTopologySpreadConstraints()).extracting(TopologySpreadConstraint::getTopologyKey)
                .containsExactlyInAnyOrder("topology.kubernetes.io/zone", "kubernetes.io/hostname");
        for (TopologySpreadConstraint spread : pod.getTopologySpreadConstraints()) {
            assertThat(spread.getMaxSkew()).isEqualTo(1);
            assertThat(podLabels).containsAllEntriesOf(spread.getLabelSelector().getMatchLabels());
            assertThat(spread.getLabelSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", service);
            // skew counted within one ReplicaSet: the new pods of a rollout spread among themselves
            assertThat(spread.getMatchLabelKeys()).containsExactly("pod-template-hash");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void an_autoscaled_deployment_sets_no_replicas_and_any_other_sets_them(String overlay, String service) {
        Overlay rendered = Overlay.rendered(overlay);
        Integer replicas = Workloads.of(rendered, service).deployment().getSpec().getReplicas();
        if (rendered.autoscales(service)) {
            // an applied spec.replicas would reset the count the autoscaler chose, at every apply
            assertThat(replicas).as(service + " in " + overlay + " is autoscaled").isNull();
        } else {
            assertThat(replicas).as(service + " in " + overlay).isNotNull().isPositive();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void configuration_is_a_generated_config_map_whose_name_changes_with_its_content(String overlay, String service) {
        Overlay rendered = Overlay.rendered(overlay);
        Workloads workload = Workloads.of(rendered, service);
        assertThat(workload.container().getEnvFrom()).singleElement().satisfies(source -> {
            String name = source.getConfigMapRef().getName();
            // kustomize's configMapGenerator: <name>-<hash of the content>
            assertThat(name).matches(service + "-[a-z0-9]{10}");
            assertThat(rendered.ofKind("ConfigMap")).extracting(c -> c.path("metadata").path("name").asText()).contains(name);
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("workloads")
    void image_is_the_one_the_overlay_names(String overlay, String service) {
        String image = Workloads.of(Overlay.rendered(overlay), service).container().getImage();
        assertThat(image).startsWith("runstrength/" + service + ":").doesNotEndWith(":latest");
    }

    /** Health is asked on the management interface, never on the API port. */
    private static void assertProbe(Probe probe, String path, Workloads workload) {
        assertThat(probe).as(workload.service() + " probe for " + path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        ContainerPort management = workload.port("management");
        assertThat(Workloads.resolve(probe.getHttpGet().getPort(), management)).isEqualTo(management.getContainerPort());
        assertThat(probe.getFailureThreshold()).isPositive();
    }
}
