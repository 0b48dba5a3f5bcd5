package dev.runstrength.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ScalingTest {

    /**
     * The trigger metadata KEDA's kafka scaler reads (its kafkaMetadata struct, KEDA 2.20); the CRD
     * types trigger metadata as a free map of strings, so a misspelt key would pass its schema.
     */
    static final Set<String> KAFKA_SCALER_METADATA = Set.of("bootstrapServers", "consumerGroup", "topic",
            "partitionLimitation", "lagThreshold", "activationLagThreshold", "offsetResetPolicy", "allowIdleConsumers",
            "excludePersistentLag", "scaleToZeroOnInvalidOffset", "limitToPartitionsWithLag",
            "ensureEvenDistributionOfPartitions", "fullMetadata", "version", "tls", "unsafeSsl", "sasl",
            "saslTokenProvider", "awsRegion");

    /** The services whose consumer lag may drive their replica count (components/keda-kafka-lag). */
    static final List<String> LAG_SCALED = List.of("planner-service", "tracking-service");

    @Test
    void dev_runs_one_replica_of_each_service_without_autoscaling() {
        Overlay dev = Overlay.rendered("dev");
        for (String service : ServiceConfig.SERVICES) {
            assertThat(Workloads.of(dev, service).deployment().getSpec().getReplicas()).isEqualTo(1);
        }
        assertThat(dev.ofKind("HorizontalPodAutoscaler")).isEmpty();
        assertThat(dev.ofKind("ScaledObject")).isEmpty();
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
            assertThat(deployment.getSpec().getReplicas()).as("the HPA owns " + service + "'s replicas").isNull();
            assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
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
        assertThat(prod.ofKind("ScaledObject")).isEmpty();
    }

    @Test
    void with_keda_the_consumers_scale_on_the_lag_of_their_own_groups_as_well_as_cpu() {
        Overlay keda = Overlay.rendered("prod-keda");
        Map<String, KafkaTopic> topics = KafkaTest.topics(keda);
        Kafka kafka = KafkaTest.kafka(keda);
        String bootstrap = kafka.getMetadata().getName() + "-kafka-bootstrap." + kafka.getMetadata().getNamespace()
                + ".svc:" + kafka.getSpec().getKafka().getListeners().get(0).getPort();
        // KEDA's own HPA replaces ours: two HPAs on one Deployment fight over its replicas
        assertThat(keda.ofKind("HorizontalPodAutoscaler")).extracting(h -> h.path("metadata").path("name").asText())
                .containsExactly("catalog-service");
        assertThat(keda.ofKind("ScaledObject")).extracting(s -> s.path("metadata").path("name").asText())
                .containsExactlyInAnyOrderElementsOf(LAG_SCALED);

        for (String service : LAG_SCALED) {
            JsonNode scaled = keda.one("ScaledObject", service).path("spec");
            assertThat(scaled.path("scaleTargetRef").path("name").asText()).isEqualTo(service);
            assertThat(Workloads.of(keda, service).deployment().getSpec().getReplicas()).isNull();
            int max = scaled.path("maxReplicaCount").asInt();
            assertThat(scaled.path("minReplicaCount").asInt()).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(max);

            Map<String, String> topicOfGroup = ServiceConfig.of(service).topicOfGroup();
            Set<String> types = new TreeSet<>();
            for (JsonNode trigger : scaled.path("triggers")) {
                types.add(trigger.path("type").asText());
                if (!trigger.path("type").asText().equals("kafka")) {
                    continue;
                }
                JsonNode metadata = trigger.path("metadata");
                metadata.fieldNames().forEachRemaining(key -> assertThat(KAFKA_SCALER_METADATA).as("kafka trigger metadata").contains(key));
                String group = metadata.path("consumerGroup").asText();
                assertThat(topicOfGroup).as(service + " reads no group " + group).containsKey(group);
                assertThat(metadata.path("topic").asText()).isEqualTo(topicOfGroup.get(group));
                assertThat(metadata.path("bootstrapServers").asText()).isEqualTo(bootstrap);
                assertThat(Long.parseLong(metadata.path("lagThreshold").asText())).isPositive();
                assertThat(max).as(service + " on " + group).isLessThanOrEqualTo(topics.get(topicOfGroup.get(group)).getSpec().getPartitions());
                assertThat(trigger.path("authenticationRef").path("name").asText()).isEqualTo("runstrength-keda-kafka");
            }
            assertThat(types).containsExactlyInAnyOrder("kafka", "cpu");
        }
    }

    @Test
    void keda_logs_in_as_its_own_user_that_may_only_describe_the_scaled_groups_and_their_topics() {
        Overlay keda = Overlay.rendered("prod-keda");
        JsonNode authentication = keda.one("TriggerAuthentication", "runstrength-keda-kafka").path("spec");
        Map<String, JsonNode> parameters = new TreeMap<>();
        authentication.path("secretTargetRef").forEach(ref -> parameters.put(ref.path("parameter").asText(), ref));
        authentication.path("configMapTargetRef").forEach(ref -> parameters.put(ref.path("parameter").asText(), ref));
        assertThat(parameters.keySet()).containsExactlyInAnyOrder("username", "password", "sasl", "tls", "ca");

        ConfigMap settings = TypedModels.as(keda.one("ConfigMap", parameters.get("username").path("name").asText()), ConfigMap.class);
        String username = settings.getData().get(parameters.get("username").path("key").asText());
        assertThat(settings.getData().get(parameters.get("sasl").path("key").asText())).isEqualTo("scram_sha512");
        assertThat(settings.getData().get(parameters.get("tls").path("key").asText())).isEqualTo("enable");
        // the User Operator names the Secret after the KafkaUser and keeps the password under "password"
        assertThat(parameters.get("password").path("name").asText()).isEqualTo(username);
        assertThat(parameters.get("password").path("key").asText()).isEqualTo("password");
        assertThat(parameters.get("ca").path("name").asText()).isEqualTo(KafkaTest.kafka(keda).getMetadata().getName() + "-cluster-ca-cert");

        KafkaUser user = TypedModels.as(keda.one("KafkaUser", username), KafkaUser.class);
        Set<String> topics = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        for (AclRule rule : ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls()) {
            assertThat(rule.getOperations()).containsExactly(AclOperation.DESCRIBE);
            if (rule.getResource() instanceof AclRuleTopicResource topic) {
                assertThat(topic.getPatternType()).isEqualTo(AclResourcePatternType.LITERAL);
                topics.add(topic.getName());
            } else if (rule.getResource() instanceof AclRuleGroupResource group) {
                assertThat(group.getPatternType()).isEqualTo(AclResourcePatternType.LITERAL);
                groups.add(group.getName());
            } else {
                throw new AssertionError("KEDA is granted " + rule.getResource());
            }
        }
        Set<String> scaledTopics = new TreeSet<>();
        Set<String> scaledGroups = new TreeSet<>();
        for (JsonNode scaled : keda.ofKind("ScaledObject")) {
            for (JsonNode trigger : scaled.path("spec").path("triggers")) {
                if (trigger.path("type").asText().equals("kafka")) {
                    scaledTopics.add(trigger.path("metadata").path("topic").asText());
                    scaledGroups.add(trigger.path("metadata").path("consumerGroup").asText());
                }
            }
        }
        assertThat(topics).isEqualTo(scaledTopics);
        assertThat(groups).isEqualTo(scaledGroups);
    }

    @Test
    void postgres_accepts_every_pooled_connection_at_the_prod_maximum_during_a_rollout() {
        for (String overlay : List.of("prod", "prod-keda")) {
            Overlay prod = Overlay.rendered(overlay);
            int needed = 0;
            for (String service : ServiceConfig.SERVICES) {
                Deployment deployment = Workloads.of(prod, service).deployment();
                int surge = deployment.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal();
                int pool = Integer.parseInt(ServiceConfig.of(service).properties.getProperty("quarkus.datasource.jdbc.max-size"));
                needed += (maxReplicas(prod, service) + surge) * pool;
            }
            int maxConnections = prod.ofKind("Cluster").get(0).path("spec").path("postgresql").path("parameters")
                    .path("max_connections").asInt();
            // PostgreSQL keeps 3 connections for superusers (superuser_reserved_connections)
            assertThat(maxConnections - 3).as(overlay).isGreaterThanOrEqualTo(needed);
        }
    }

    private static int maxReplicas(Overlay overlay, String service) {
        for (JsonNode scaled : overlay.ofKind("ScaledObject")) {
            if (scaled.path("spec").path("scaleTargetRef").path("name").asText().equals(service)) {
                return scaled.path("spec").path("maxReplicaCount").asInt();
            }
        }
        return TypedModels.as(overlay.one("HorizontalPodAutoscaler", service), HorizontalPodAutoscaler.class).getSpec().getMaxReplicas();
    }
}
