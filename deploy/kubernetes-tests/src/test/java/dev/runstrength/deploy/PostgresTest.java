package dev.runstrength.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class PostgresTest {

    static final List<String> OVERLAYS = Overlay.NAMES;

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
}
