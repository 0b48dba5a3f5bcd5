package dev.runstrength.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Health, metrics and OpenAPI on the management interface, port 9000 (contract v1.1), never on the
 * API port; no Swagger UI in production.
 */
class ManagementTest {

    static final List<String> OVERLAYS = Overlay.ALL;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void every_service_runs_the_management_interface_on_9000(String overlay) {
        for (String service : ServiceConfig.SERVICES) {
            Workloads workload = Workloads.of(Overlay.rendered(overlay), service);
            assertThat(workload.literal("QUARKUS_MANAGEMENT_ENABLED")).isEqualTo("true");
            assertThat(workload.literal("QUARKUS_MANAGEMENT_PORT")).isEqualTo("9000");
            assertThat(workload.literal("QUARKUS_MANAGEMENT_PORT")).isNotEqualTo(workload.literal("QUARKUS_HTTP_PORT"));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void prometheus_scrapes_the_metrics_path_on_the_management_port(String overlay) {
        Overlay rendered = Overlay.rendered(overlay);
        for (String service : ServiceConfig.SERVICES) {
            Workloads workload = Workloads.of(rendered, service);
            assertThat(ServiceConfig.of(service).pom()).contains("quarkus-micrometer-registry-prometheus");
            Service svc = TypedModels.as(rendered.one("Service", service), Service.class);
            ServiceMonitor monitor = TypedModels.as(rendered.one("ServiceMonitor", service), ServiceMonitor.class);
            assertThat(svc.getMetadata().getLabels()).containsAllEntriesOf(monitor.getSpec().getSelector().getMatchLabels());
            assertThat(monitor.getSpec().getEndpoints()).singleElement().satisfies(endpoint -> {
                assertThat(endpoint.getPath()).isEqualTo(ServiceConfig.of(service).metricsPath()).isEqualTo("/q/metrics");
                ServicePort port = svc.getSpec().getPorts().stream()
                        .filter(p -> p.getName().equals(endpoint.getPort())).findFirst()
                        .orElseThrow(() -> new AssertionError(service + " Service has no port " + endpoint.getPort()));
                ContainerPort management = workload.port("management");
                assertThat(Workloads.resolve(port.getTargetPort(), management)).isEqualTo(9000);
            });
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void swagger_ui_is_off_in_production_and_on_in_development(String overlay) {
        for (String service : ServiceConfig.SERVICES) {
            var environment = Workloads.of(Overlay.rendered(overlay), service).environment();
            assertThat(environment).doesNotContainKey("QUARKUS_SWAGGER_UI_ENABLE");
            if (overlay.startsWith("prod")) {
                assertThat(environment.get("QUARKUS_SWAGGER_UI_ENABLED").getValue()).as(service).isEqualTo("false");
            } else if (overlay.equals("dev")) {
                assertThat(environment).doesNotContainKey("QUARKUS_SWAGGER_UI_ENABLED");
            }
        }
    }

    @Test
    void the_variables_are_the_ones_quarkus_documents_and_swagger_ui_is_switched_at_run_time() {
        assertThat(ConfigKeys.quarkusExtensionsRead()).containsExactlyInAnyOrder("quarkus-vertx-http", "quarkus-swagger-ui");
        assertThat(ConfigKeys.quarkusProperty("QUARKUS_MANAGEMENT_PORT").orElseThrow().phase()).isEqualTo("RUN_TIME");
        assertThat(ConfigKeys.quarkusProperty("QUARKUS_SWAGGER_UI_ENABLED").orElseThrow().property()).isEqualTo("quarkus.swagger-ui.enabled");
        assertThat(ConfigKeys.quarkusProperty("QUARKUS_SWAGGER_UI_ENABLED").orElseThrow().phase()).isEqualTo("RUN_TIME");
        // whether the management interface exists at all is decided when the image is built
        assertThat(ConfigKeys.quarkusProperty("QUARKUS_MANAGEMENT_ENABLED").orElseThrow().fixedAtBuild()).isTrue();
    }

    /**
     * quarkus.management.enabled is fixed at build time: the variable in the manifests only makes
     * Quarkus warn at start when the image was built without it. Until the services' own
     * application.properties enable the interface, their images answer nothing on 9000 and the probes
     * fail; this test is skipped (and says so) until then, and fails if a service turns it off.
     */
    @Test
    void the_services_build_the_management_interface_the_manifests_expect() {
        for (String service : ServiceConfig.SERVICES) {
            String enabled = ServiceConfig.of(service).properties.getProperty("quarkus.management.enabled");
            if (enabled != null) {
                assertThat(enabled.trim()).as(service + " quarkus.management.enabled").isEqualTo("true");
                String port = ServiceConfig.of(service).properties.getProperty("quarkus.management.port");
                assertThat(port).as(service + " quarkus.management.port (local), set by the manifests to 9000 in Kubernetes").isNotNull();
            }
        }
        Assumptions.assumeTrue(ServiceConfig.SERVICES.stream()
                        .allMatch(s -> ServiceConfig.of(s).properties.getProperty("quarkus.management.enabled") != null),
                "not every service's application.properties enables quarkus.management.enabled yet: "
                        + "the manifests' probes and ServiceMonitors on port 9000 need images built with it");
    }
}
