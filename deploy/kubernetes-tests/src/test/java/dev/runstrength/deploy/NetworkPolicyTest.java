package dev.runstrength.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.strimzi.api.kafka.model.kafka.Kafka;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The API port admits only namespaces labelled as API clients; the management port only the
 * monitoring namespace; the services reach DNS, the brokers and the database and nothing else.
 */
class NetworkPolicyTest {

    static final List<String> OVERLAYS = Overlay.ALL;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void the_api_port_admits_api_client_namespaces_and_the_management_port_monitoring_only(String overlay) {
        Overlay rendered = Overlay.rendered(overlay);
        for (String service : ServiceConfig.SERVICES) {
            Workloads workload = Workloads.of(rendered, service);
            int api = workload.port("http").getContainerPort();
            int management = workload.port("management").getContainerPort();
            List<NetworkPolicyIngressRule> ingress = new ArrayList<>();
            for (NetworkPolicy policy : selecting(rendered, workload)) {
                if (policy.getSpec().getIngress() != null) {
                    ingress.addAll(policy.getSpec().getIngress());
                }
            }
            assertThat(ingress).as(service + " ingress rules").hasSize(2);
            for (NetworkPolicyIngressRule rule : ingress) {
                // a rule without peers, or with an empty selector, would admit every source
                assertThat(rule.getFrom()).as(service).isNotEmpty().allSatisfy(peer -> {
                    assertThat(peer.getIpBlock()).isNull();
                    assertThat(peer.getNamespaceSelector()).isNotNull();
                    assertThat(peer.getNamespaceSelector().getMatchLabels()).isNotEmpty();
                });
                Set<Integer> ports = ports(rule.getPorts(), workload);
                assertThat(ports).hasSize(1);
                if (ports.contains(management)) {
                    assertThat(rule.getFrom()).singleElement().satisfies(peer -> assertThat(peer.getNamespaceSelector().getMatchLabels())
                            .isEqualTo(Map.of("kubernetes.io/metadata.name", "monitoring")));
                } else {
                    assertThat(ports).containsExactly(api);
                    assertThat(rule.getFrom()).singleElement().satisfies(peer -> assertThat(peer.getNamespaceSelector().getMatchLabels())
                            .isEqualTo(Map.of("runstrength.dev/api-client", "true")));
                }
            }
            assertThat(ingress).extracting(rule -> ports(rule.getPorts(), workload)).containsExactlyInAnyOrder(Set.of(api), Set.of(management));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void the_services_reach_dns_the_brokers_the_database_and_the_trace_collector_only(String overlay) {
        Overlay rendered = Overlay.rendered(overlay);
        for (String service : ServiceConfig.SERVICES) {
            Workloads workload = Workloads.of(rendered, service);
            List<NetworkPolicy> policies = selecting(rendered, workload);
            assertThat(policies).allSatisfy(policy -> assertThat(policy.getSpec().getPolicyTypes()).contains("Egress"));
            Set<Integer> egressPorts = new TreeSet<>();
            for (NetworkPolicy policy : policies) {
                for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress() == null ? List.<NetworkPolicyEgressRule>of() : policy.getSpec().getEgress()) {
                    assertThat(rule.getTo()).as(service + " egress to anywhere").isNotEmpty();
                    assertThat(rule.getPorts()).as(service + " egress on every port").isNotEmpty();
                    rule.getPorts().forEach(p -> egressPorts.add(p.getPort().getIntVal()));
                }
            }
            assertThat(egressPorts).as(service).containsExactlyInAnyOrder(53, 4317, 5432, 9093);
            // OTLP to the collector (QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT), in the observability namespace only
            assertThat(egressPeers(policies, 4317)).singleElement().satisfies(peer -> assertThat(
                    peer.getNamespaceSelector().getMatchLabels()).isEqualTo(Map.of("kubernetes.io/metadata.name", "observability")));

            if (rendered.bundlesKafkaAndPostgres()) {
                Kafka kafka = KafkaTest.kafka(rendered);
                int listener = kafka.getSpec().getKafka().getListeners().get(0).getPort();
                assertThat(egressPeers(policies, listener)).singleElement().satisfies(peer -> assertThat(peer.getPodSelector().getMatchLabels())
                        .containsEntry("strimzi.io/cluster", kafka.getMetadata().getName())
                        .containsEntry("strimzi.io/broker-role", "true"));
                String cluster = rendered.ofKind("Cluster").get(0).path("metadata").path("name").asText();
                assertThat(egressPeers(policies, 5432)).singleElement().satisfies(peer -> assertThat(peer.getPodSelector().getMatchLabels())
                        .isEqualTo(Map.of("cnpg.io/cluster", cluster)));
            }
        }
    }

    /** Every NetworkPolicy of the render whose pod selector selects the service's pods. */
    static List<NetworkPolicy> selecting(Overlay overlay, Workloads workload) {
        Map<String, String> labels = workload.deployment().getSpec().getTemplate().getMetadata().getLabels();
        List<NetworkPolicy> policies = new ArrayList<>();
        for (JsonNode node : overlay.ofKind("NetworkPolicy")) {
            NetworkPolicy policy = TypedModels.as(node, NetworkPolicy.class);
            if (selects(policy.getSpec().getPodSelector(), labels)) {
                policies.add(policy);
            }
        }
        assertThat(policies).as(workload.service() + " is selected by no NetworkPolicy").isNotEmpty();
        return policies;
    }

    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector.getMatchLabels() != null && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                String value = labels.get(requirement.getKey());
                boolean ok = switch (requirement.getOperator()) {
                    case "In" -> value != null && requirement.getValues().contains(value);
                    case "NotIn" -> value == null || !requirement.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> throw new AssertionError("unknown operator " + requirement.getOperator());
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<NetworkPolicyPeer> egressPeers(List<NetworkPolicy> policies, int port) {
        List<NetworkPolicyPeer> peers = new ArrayList<>();
        for (NetworkPolicy policy : policies) {
            for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress() == null ? List.<NetworkPolicyEgressRule>of() : policy.getSpec().getEgress()) {
                if (rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == port)) {
                    peers.addAll(rule.getTo());
                }
            }
        }
        return peers;
    }

    private static Set<Integer> ports(List<NetworkPolicyPort> ports, Workloads workload) {
        Set<Integer> numbers = new TreeSet<>();
        for (NetworkPolicyPort port : ports) {
            assertThat(port.getProtocol()).isEqualTo("TCP");
            numbers.add(port.getPort().getIntVal() != null ? port.getPort().getIntVal()
                    : Workloads.resolve(port.getPort(), workload.port(port.getPort().getStrVal())));
        }
        return numbers;
    }
}
