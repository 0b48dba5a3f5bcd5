package dev.runstrength.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.KafkaClusterSpec;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserQuotas;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class KafkaTest {

    static final List<String> OVERLAYS = Overlay.NAMES;

    static final List<String> WITH_KEDA = List.of("dev", "prod", "prod-keda");

    /** The five topics of the contract's topic table. */
    static final Set<String> CONTRACT_TOPICS =
            Set.of("catalog.exercises", "runner.profiles", "planner.plans", "workouts.completed", "tracking.progressions");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void every_topic_the_services_name_and_every_contract_topic_and_twin_has_a_KafkaTopic(String overlay) {
        Map<String, KafkaTopic> topics = topics(Overlay.rendered(overlay));
        Set<String> expected = new TreeSet<>();
        for (String service : ServiceConfig.SERVICES) {
            expected.addAll(ServiceConfig.of(service).namedTopics());
        }
        assertThat(expected).containsAll(Set.of("runner.profiles.dlq", "catalog.exercises.dlq", "planner.plans.dlq"));
        for (String topic : CONTRACT_TOPICS) {
            expected.add(topic);
            expected.add(topic + ".dlq");
        }
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(expected).hasSize(10);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void topics_are_sized_for_the_overlay_and_the_catalogue_is_compacted(String overlay) {
        Overlay rendered = Overlay.rendered(overlay);
        Kafka kafka = kafka(rendered);
        int brokers = rendered.ofKind("KafkaNodePool").stream()
                .map(node -> TypedModels.as(node, KafkaNodePool.class))
                .filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(pool -> pool.getSpec().getReplicas())
                .sum();
        int partitions = overlay.equals("prod") ? 6 : 3;
        for (KafkaTopic topic : topics(rendered).values()) {
            String name = topic.getMetadata().getName();
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
            assertThat(topic.getSpec().getPartitions()).as(name).isEqualTo(partitions);
            assertThat(topic.getSpec().getReplicas()).as(name).isLessThanOrEqualTo(brokers);
            Map<String, Object> config = topic.getSpec().getConfig();
            if (name.equals("catalog.exercises")) {
                assertThat(config).containsEntry("cleanup.policy", "compact").doesNotContainKey("retention.ms");
            } else {
                assertThat(config).containsEntry("cleanup.policy", "delete");
                assertThat(Long.parseLong(String.valueOf(config.get("retention.ms")))).as(name).isPositive();
            }
            if (overlay.equals("prod")) {
                assertThat(topic.getSpec().getReplicas()).as(name).isEqualTo(3);
                assertThat(Integer.parseInt(String.valueOf(config.get("min.insync.replicas")))).isEqualTo(2);
            }
        }
        if (overlay.equals("prod")) {
            assertThat(brokers).isGreaterThanOrEqualTo(3);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void the_cluster_runs_kraft_with_node_pools_scram_over_tls_and_acls(String overlay) {
        Overlay rendered = Overlay.rendered(overlay);
        Kafka kafka = kafka(rendered);
        // KRaft with node pools is the only mode of kafka.strimzi.io/v1: the old opt-in annotations are gone
        assertThat(kafka.getMetadata().getAnnotations()).isNullOrEmpty();
        KafkaClusterSpec spec = kafka.getSpec().getKafka();
        assertThat(spec.getListeners()).allSatisfy(listener -> {
            assertThat(listener.isTls()).isTrue();
            assertThat(listener.getAuth()).isInstanceOf(KafkaListenerAuthenticationScramSha512.class);
        });
        assertThat(spec.getAuthorization()).isNotNull();
        assertThat(spec.getConfig()).containsEntry("auto.create.topics.enable", false);
        assertThat(kafka.getSpec().getEntityOperator().getTopicOperator()).isNotNull();
        assertThat(kafka.getSpec().getEntityOperator().getUserOperator()).isNotNull();

        Set<ProcessRoles> roles = new TreeSet<>();
        for (JsonNode node : rendered.ofKind("KafkaNodePool")) {
            KafkaNodePool pool = TypedModels.as(node, KafkaNodePool.class);
            assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
            roles.addAll(pool.getSpec().getRoles());
        }
        assertThat(roles).containsExactlyInAnyOrder(ProcessRoles.BROKER, ProcessRoles.CONTROLLER);
        if (overlay.equals("prod")) {
            assertThat(spec.getConfig()).containsEntry("min.insync.replicas", 2).containsEntry("offsets.topic.replication.factor", 3);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void each_service_has_a_user_allowed_exactly_the_topics_and_groups_it_uses(String overlay) {
        Overlay rendered = Overlay.rendered(overlay);
        for (String service : ServiceConfig.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            KafkaUser user = TypedModels.as(rendered.one("KafkaUser", service), KafkaUser.class);
            assertThat(user.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka(rendered).getMetadata().getName());
            assertThat(user.getSpec().getAuthentication()).isInstanceOf(KafkaUserScramSha512ClientAuthentication.class);
            KafkaUserAuthorizationSimple authorization = (KafkaUserAuthorizationSimple) user.getSpec().getAuthorization();

            Map<String, Set<AclOperation>> topicAcls = new TreeMap<>();
            Set<String> groupPrefixes = new TreeSet<>();
            for (AclRule rule : authorization.getAcls()) {
                assertThat(rule.getHost()).isIn(null, "*");
                if (rule.getResource() instanceof AclRuleTopicResource topic) {
                    assertThat(topic.getPatternType()).isEqualTo(AclResourcePatternType.LITERAL);
                    topicAcls.computeIfAbsent(topic.getName(), t -> new TreeSet<>()).addAll(rule.getOperations());
                } else if (rule.getResource() instanceof AclRuleGroupResource group) {
                    assertThat(group.getPatternType()).isEqualTo(AclResourcePatternType.PREFIX);
                    assertThat(rule.getOperations()).containsExactlyInAnyOrder(AclOperation.READ, AclOperation.DESCRIBE);
                    groupPrefixes.add(group.getName());
                } else {
                    throw new AssertionError(service + " is granted " + rule.getResource() + ", which it does not need");
                }
            }

            Map<String, Set<AclOperation>> expected = new TreeMap<>();
            config.consumedTopics().forEach(t -> expected.put(t, Set.of(AclOperation.READ, AclOperation.DESCRIBE)));
            Set<String> written = new TreeSet<>(config.deadLetterTopics());
            written.add(config.producedTopic());
            written.forEach(t -> expected.put(t, Set.of(AclOperation.WRITE, AclOperation.DESCRIBE)));
            assertThat(topicAcls).as(service + " topic ACLs").isEqualTo(expected);

            if (config.consumerGroups().isEmpty()) {
                assertThat(groupPrefixes).isEmpty();
            } else {
                assertThat(groupPrefixes).containsExactly(service);
                assertThat(config.consumerGroups()).allSatisfy(group -> assertThat(group).startsWith(service));
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void services_authenticate_with_their_user_over_the_tls_listener(String overlay) {
        Overlay rendered = Overlay.rendered(overlay);
        Kafka kafka = kafka(rendered);
        String cluster = kafka.getMetadata().getName();
        GenericKafkaListener listener = kafka.getSpec().getKafka().getListeners().get(0);
        for (String service : ServiceConfig.SERVICES) {
            Workloads workload = Workloads.of(rendered, service);
            assertThat(workload.literal("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(cluster + "-kafka-bootstrap:" + listener.getPort());
            assertThat(workload.literal("KAFKA_SECURITY_PROTOCOL")).isEqualTo("SASL_SSL");
            assertThat(workload.literal("KAFKA_SASL_MECHANISM")).isEqualTo("SCRAM-SHA-512");

            EnvVar jaas = workload.environment().get("KAFKA_SASL_JAAS_CONFIG");
            assertThat(jaas.getValueFrom().getSecretKeyRef().getName()).isEqualTo(service);
            assertThat(jaas.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("sasl.jaas.config");
            assertThat(rendered.ofKind("KafkaUser")).extracting(u -> u.path("metadata").path("name").asText()).contains(service);

            // the cluster CA the operator publishes, mounted where the truststore setting points
            String truststore = workload.literal("KAFKA_SSL_TRUSTSTORE_LOCATION");
            assertThat(workload.literal("KAFKA_SSL_TRUSTSTORE_TYPE")).isEqualTo("PEM");
            Map<String, Volume> volumes = workload.deployment().getSpec().getTemplate().getSpec().getVolumes().stream()
                    .collect(Collectors.toMap(Volume::getName, Function.identity()));
            assertThat(workload.container().getVolumeMounts()).anySatisfy(mount -> {
                Volume volume = volumes.get(mount.getName());
                assertThat(volume.getSecret()).isNotNull();
                assertThat(volume.getSecret().getSecretName()).isEqualTo(cluster + "-cluster-ca-cert");
                assertThat(volume.getSecret().getItems()).anySatisfy(item -> {
                    assertThat(item.getKey()).isEqualTo("ca.crt");
                    assertThat(truststore).isEqualTo(mount.getMountPath() + "/" + item.getPath());
                });
            });
        }
    }

    @ParameterizedTest
    @FieldSource("WITH_KEDA")
    void every_kafka_user_has_quotas(String overlay) {
        List<JsonNode> users = Overlay.rendered(overlay).ofKind("KafkaUser");
        assertThat(users).hasSizeGreaterThanOrEqualTo(4);
        for (JsonNode node : users) {
            KafkaUserQuotas quotas = TypedModels.as(node, KafkaUser.class).getSpec().getQuotas();
            assertThat(quotas).as(TypedModels.describe(node)).isNotNull();
            assertThat(quotas.getProducerByteRate()).as(TypedModels.describe(node)).isNotNull().isPositive();
            assertThat(quotas.getConsumerByteRate()).as(TypedModels.describe(node)).isNotNull().isPositive();
            assertThat(quotas.getRequestPercentage()).as(TypedModels.describe(node)).isNotNull().isBetween(1, 100);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void the_running_app_backend_writes_profiles_and_workouts_and_reads_plans_and_progressions(String overlay) {
        Overlay rendered = Overlay.rendered(overlay);
        KafkaUser user = TypedModels.as(rendered.one("KafkaUser", "running-app-backend"), KafkaUser.class);
        assertThat(user.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka(rendered).getMetadata().getName());
        assertThat(user.getSpec().getAuthentication()).isInstanceOf(KafkaUserScramSha512ClientAuthentication.class);
        Map<String, Set<AclOperation>> topics = new TreeMap<>();
        Map<String, Set<AclOperation>> groups = new TreeMap<>();
        for (AclRule rule : ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls()) {
            if (rule.getResource() instanceof AclRuleTopicResource topic) {
                assertThat(topic.getPatternType()).isEqualTo(AclResourcePatternType.LITERAL);
                topics.computeIfAbsent(topic.getName(), t -> new TreeSet<>()).addAll(rule.getOperations());
            } else if (rule.getResource() instanceof AclRuleGroupResource group) {
                assertThat(group.getPatternType()).isEqualTo(AclResourcePatternType.PREFIX);
                groups.computeIfAbsent(group.getName(), g -> new TreeSet<>()).addAll(rule.getOperations());
            } else {
                throw new AssertionError("the backend is granted " + rule.getResource());
            }
        }
        Set<AclOperation> write = Set.of(AclOperation.WRITE, AclOperation.DESCRIBE);
        Set<AclOperation> read = Set.of(AclOperation.READ, AclOperation.DESCRIBE);
        assertThat(topics).isEqualTo(Map.of(
                "runner.profiles", write, "workouts.completed", write,
                "planner.plans", read, "tracking.progressions", read));
        assertThat(groups).isEqualTo(Map.of("running-app-backend", read));
        // the backend's consumer groups cannot be mistaken for (or disturb) the services' own
        for (String service : ServiceConfig.SERVICES) {
            assertThat(ServiceConfig.of(service).consumerGroups()).noneMatch(g -> g.startsWith("running-app-backend"));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void every_topic_takes_the_largest_record_a_producer_sends(String overlay) {
        Overlay rendered = Overlay.rendered(overlay);
        long largestRequest = 0;
        for (String service : ServiceConfig.SERVICES) {
            long maxRequest = Long.parseLong(Workloads.of(rendered, service).literal("KAFKA_MAX_REQUEST_SIZE"));
            assertThat(maxRequest).as(service).isEqualTo(1024 * 1024);
            largestRequest = Math.max(largestRequest, maxRequest);
        }
        for (KafkaTopic topic : topics(rendered).values()) {
            Object maxMessage = topic.getSpec().getConfig().get("max.message.bytes");
            assertThat(maxMessage).as(topic.getMetadata().getName() + " max.message.bytes").isNotNull();
            // a record batch the producer accepts (max.request.size) is never refused by the topic
            assertThat(Long.parseLong(String.valueOf(maxMessage))).as(topic.getMetadata().getName()).isEqualTo(largestRequest);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void kafka_metrics_and_the_kafka_exporter_are_scraped(String overlay) {
        Overlay rendered = Overlay.rendered(overlay);
        Kafka kafka = kafka(rendered);
        assertThat(kafka.getSpec().getKafka().getMetricsConfig()).isNotNull();
        assertThat(kafka.getSpec().getKafkaExporter()).isNotNull();
        assertThat(kafka.getSpec().getKafkaExporter().getGroupRegex()).isEqualTo(".*");
        PodMonitor monitor = TypedModels.as(rendered.one("PodMonitor", kafka.getMetadata().getName()), PodMonitor.class);
        // brokers, controllers and the exporter are all pods of the cluster of kind Kafka
        assertThat(monitor.getSpec().getSelector().getMatchLabels())
                .containsEntry("strimzi.io/cluster", kafka.getMetadata().getName())
                .containsEntry("strimzi.io/kind", "Kafka");
        assertThat(monitor.getSpec().getPodMetricsEndpoints()).singleElement()
                .satisfies(endpoint -> assertThat(endpoint.getPort()).isEqualTo("tcp-prometheus"));
    }

    static Kafka kafka(Overlay overlay) {
        assertThat(overlay.ofKind("Kafka")).hasSize(1);
        return TypedModels.as(overlay.ofKind("Kafka").get(0), Kafka.class);
    }

    static Map<String, KafkaTopic> topics(Overlay overlay) {
        Map<String, KafkaTopic> topics = new TreeMap<>();
        for (JsonNode node : overlay.ofKind("KafkaTopic")) {
            KafkaTopic topic = TypedModels.as(node, KafkaTopic.class);
            String name = topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName() : topic.getMetadata().getName();
            assertThat(topics.put(name, topic)).as("topic " + name + " declared twice").isNull();
        }
        return topics;
    }
}
