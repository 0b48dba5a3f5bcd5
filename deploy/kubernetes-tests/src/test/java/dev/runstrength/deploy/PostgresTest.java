package dev.runstrength.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class PostgresTest {

    static final List<String> OVERLAYS = Overlay.NAMES;

    static final List<String> ALL = Overlay.ALL;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void each_service_owns_one_database_and_logs_in_as_its_owner_with_the_role_secret(String overlay) {
        Overlay rendered = Overlay.rendered(overlay);
        assertThat(rendered.ofKind("Cluster")).hasSize(1);
        JsonNode cluster = rendered.ofKind("Cluster").get(0);
        String clusterName = cluster.path("metadata").path("name").asText();

        Map<String, String> secretOfRole = new TreeMap<>();
        for (JsonNode role : cluster.path("spec").path("managed").path("roles")) {
            assertThat(role.path("login").asBoolean()).isTrue();
            secretOfRole.put(role.path("name").asText(), role.path("passwordSecret").path("name").asText());
        }
        Map<String, String> ownerOfDatabase = new TreeMap<>();
        for (JsonNode database : rendered.ofKind("Database")) {
            assertThat(database.path("spec").path("cluster").path("name").asText()).isEqualTo(clusterName);
            ownerOfDatabase.put(database.path("spec").path("name").asText(), database.path("spec").path("owner").asText());
        }
        assertThat(ownerOfDatabase).hasSize(ServiceConfig.SERVICES.size());
        assertThat(secretOfRole.keySet()).containsExactlyInAnyOrderElementsOf(ownerOfDatabase.values());

        for (String service : ServiceConfig.SERVICES) {
            Workloads workload = Workloads.of(rendered, service);
            URI jdbc = URI.create(workload.literal("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
            assertThat(jdbc.getScheme()).isEqualTo("postgresql");
            assertThat(jdbc.getHost()).isEqualTo(clusterName + "-rw");
            assertThat(jdbc.getPort()).isEqualTo(5432);
            String database = jdbc.getPath().substring(1);
            assertThat(database).isEqualTo(service.replace("-service", ""));
            String owner = ownerOfDatabase.get(database);
            assertThat(owner).as(service + " database " + database).isNotNull();

            EnvVar username = workload.environment().get("QUARKUS_DATASOURCE_USERNAME");
            EnvVar password = workload.environment().get("QUARKUS_DATASOURCE_PASSWORD");
            assertThat(username.getValueFrom().getSecretKeyRef().getName()).isEqualTo(secretOfRole.get(owner));
            assertThat(username.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("username");
            assertThat(password.getValueFrom().getSecretKeyRef().getName()).isEqualTo(secretOfRole.get(owner));
            assertThat(password.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("password");
        }
        if (overlay.equals("prod")) {
            assertThat(cluster.path("spec").path("instances").asInt()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @FieldSource("ALL")
    void services_connect_with_verify_full_against_the_mounted_cluster_ca(String overlay) {
        Overlay rendered = Overlay.rendered(overlay);
        for (String service : ServiceConfig.SERVICES) {
            Workloads workload = Workloads.of(rendered, service);
            String url = workload.literal("QUARKUS_DATASOURCE_JDBC_URL");
            Map<String, String> parameters = parameters(URI.create(url.substring("jdbc:".length())));
            // verify-full: the server's certificate chains to the CA and names the host connected to
            assertThat(parameters).containsEntry("sslmode", "verify-full");
            String rootCert = parameters.get("sslrootcert");
            assertThat(rootCert).as(service + " sslrootcert").isNotNull();

            PodSpec pod = workload.deployment().getSpec().getTemplate().getSpec();
            VolumeMount mount = workload.container().getVolumeMounts().stream()
                    .filter(m -> rootCert.startsWith(m.getMountPath() + "/"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(service + " mounts nothing at " + rootCert));
            assertThat(mount.getReadOnly()).isTrue();
            Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
            assertThat(volume.getSecret()).isNotNull();
            // only the certificate is projected: CloudNativePG's CA Secret also holds the CA's key
            assertThat(volume.getSecret().getItems()).singleElement().satisfies(item -> {
                assertThat(item.getKey()).isEqualTo("ca.crt");
                assertThat(rootCert).isEqualTo(mount.getMountPath() + "/" + item.getPath());
            });
            if (rendered.bundlesKafkaAndPostgres()) {
                String cluster = rendered.ofKind("Cluster").get(0).path("metadata").path("name").asText();
                // the operator's CA Secret, and a host its server certificate names
                assertThat(volume.getSecret().getSecretName()).isEqualTo(cluster + "-ca");
                assertThat(URI.create(url.substring("jdbc:".length())).getHost()).isEqualTo(cluster + "-rw");
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void postgres_metrics_are_scraped(String overlay) {
        Overlay rendered = Overlay.rendered(overlay);
        String cluster = rendered.ofKind("Cluster").get(0).path("metadata").path("name").asText();
        PodMonitor monitor = TypedModels.as(rendered.one("PodMonitor", cluster), PodMonitor.class);
        assertThat(monitor.getSpec().getSelector().getMatchLabels()).containsEntry("cnpg.io/cluster", cluster);
        assertThat(monitor.getSpec().getPodMetricsEndpoints()).singleElement()
                .satisfies(endpoint -> assertThat(endpoint.getPort()).isEqualTo("metrics"));
        // the Cluster's own (deprecated) PodMonitor switch stays off, or there would be two
        assertThat(rendered.ofKind("Cluster").get(0).path("spec").path("monitoring").path("enablePodMonitor").asBoolean(false)).isFalse();
    }

    @Test
    void prod_archives_wal_and_takes_a_daily_base_backup_to_an_object_store() {
        Overlay prod = Overlay.rendered("prod");
        JsonNode cluster = prod.ofKind("Cluster").get(0);
        String name = cluster.path("metadata").path("name").asText();
        JsonNode backup = cluster.path("spec").path("backup");
        assertThat(backup.path("retentionPolicy").asText()).matches("[1-9][0-9]*[dwm]");
        JsonNode store = backup.path("barmanObjectStore");
        assertThat(store.path("destinationPath").asText()).startsWith("s3://");
        assertThat(store.path("s3Credentials").path("accessKeyId").path("name").asText()).isNotBlank();
        assertThat(store.path("s3Credentials").path("secretAccessKey").path("name").asText()).isNotBlank();
        assertThat(store.path("wal").path("compression").asText()).isNotBlank();

        assertThat(prod.ofKind("ScheduledBackup")).singleElement().satisfies(scheduled -> {
            assertThat(scheduled.path("spec").path("cluster").path("name").asText()).isEqualTo(name);
            assertThat(scheduled.path("spec").path("method").asText()).isEqualTo("barmanObjectStore");
            // CloudNativePG's schedule has six fields, seconds first
            assertThat(scheduled.path("spec").path("schedule").asText().split(" ")).hasSize(6);
            assertThat(scheduled.path("spec").path("backupOwnerReference").asText()).isEqualTo("self");
        });
    }

    @Test
    void dev_takes_no_backups() {
        Overlay dev = Overlay.rendered("dev");
        assertThat(dev.ofKind("ScheduledBackup")).isEmpty();
        assertThat(dev.ofKind("Cluster").get(0).path("spec").has("backup")).isFalse();
    }

    private static Map<String, String> parameters(URI uri) {
        Map<String, String> parameters = new TreeMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return parameters;
    }
}
