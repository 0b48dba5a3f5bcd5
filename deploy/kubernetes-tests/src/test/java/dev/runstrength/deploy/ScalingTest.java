package dev.runstrength.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScalingTest {

    @Test
    void dev_runs_one_replica_of_each_service_without_autoscaling() {
        Overlay dev = Overlay.rendered("dev");
        for (String service : ServiceConfig.SERVICES) {
            assertThat(Workloads.of(dev, service).deployment().getSpec().getReplicas()).isEqualTo(1);
        }
        assertThat(dev.ofKind("HorizontalPodAutoscaler")).isEmpty();
        assertThat(dev.ofKind("PodDisruptionBudget")).isEmpty();
    }

    @Test
    void prod_scales_each_service_within_the_partitions_it_consumes_and_keeps_one_up_in_a_drain() {
        Overlay prod = Overlay.rendered("prod");
        Map<String, KafkaTopic> topics = KafkaTest.topics(prod);
        for (String service : ServiceConfig.SERVICES) {
            Deployment deployment = Workloads.of(prod, service).deployment();
            HorizontalPodAutoscaler hpa = TypedModels.as(prod.one("HorizontalPodAutoscaler", service), HorizontalPodAutoscaler.class);
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(service);
            assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
            assertThat(hpa.getSpec().getMaxReplicas()).isBetween(hpa.getSpec().getMinReplicas(), 3);
            assertThat(hpa.getSpec().getMetrics()).isNotEmpty();
            // a replica beyond the partition count of a topic would sit idle in that consumer group
            for (String topic : ServiceConfig.of(service).consumedTopics()) {
                assertThat(hpa.getSpec().getMaxReplicas()).as(service + " on " + topic)
                        .isLessThanOrEqualTo(topics.get(topic).getSpec().getPartitions());
            }

            PodDisruptionBudget pdb = TypedModels.as(prod.one("PodDisruptionBudget", service), PodDisruptionBudget.class);
            assertThat(pdb.getSpec().getSelector().getMatchLabels()).isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
            assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isPositive().isLessThan(hpa.getSpec().getMinReplicas());
        }
    }

    @Test
    void postgres_accepts_every_pooled_connection_at_the_prod_maximum_during_a_rollout() {
        Overlay prod = Overlay.rendered("prod");
        int needed = 0;
        for (String service : ServiceConfig.SERVICES) {
            HorizontalPodAutoscaler hpa = TypedModels.as(prod.one("HorizontalPodAutoscaler", service), HorizontalPodAutoscaler.class);
            Deployment deployment = Workloads.of(prod, service).deployment();
            int surge = deployment.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal();
            int pool = Integer.parseInt(ServiceConfig.of(service).properties.getProperty("quarkus.datasource.jdbc.max-size"));
            needed += (hpa.getSpec().getMaxReplicas() + surge) * pool;
        }
        int maxConnections = prod.ofKind("Cluster").get(0).path("spec").path("postgresql").path("parameters")
                .path("max_connections").asInt();
        // PostgreSQL keeps 3 connections for superusers (superuser_reserved_connections)
        assertThat(maxConnections - 3).isGreaterThanOrEqualTo(needed);
    }
}
