package dev.runstrength.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class EnvironmentTest {

    static final List<String> OVERLAYS = Overlay.ALL;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void every_variable_a_deployment_sets_is_a_key_the_service_reads(String overlay) {
        Overlay rendered = Overlay.rendered(overlay);
        for (String service : ServiceConfig.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            Map<String, EnvVar> environment = Workloads.of(rendered, service).environment();
            assertThat(environment).isNotEmpty();
            assertThat(environment.keySet())
                    .as(service + " sets variables nothing in the service reads")
                    .allMatch(variable -> ConfigKeys.isRead(config, variable));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void credentials_come_from_secrets_and_everything_else_is_plain(String overlay) {
        Overlay rendered = Overlay.rendered(overlay);
        for (String service : ServiceConfig.SERVICES) {
            Map<String, EnvVar> environment = Workloads.of(rendered, service).environment();
            for (String secret : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_SASL_JAAS_CONFIG")) {
                assertThat(environment.get(secret).getValueFrom().getSecretKeyRef()).as(service + " " + secret).isNotNull();
            }
            environment.forEach((name, variable) -> {
                if (variable.getValue() != null) {
                    assertThat(name).as(service).doesNotContain("PASSWORD", "JAAS", "SECRET", "TOKEN");
                }
            });
        }
    }

    @Test
    void the_check_knows_the_services_keys_and_rejects_misspellings() {
        ServiceConfig catalog = ServiceConfig.of("catalog-service");
        assertThat(catalog.mappedKeys()).contains("runstrength.catalog.load-seed", "runstrength.outbox.poll-interval",
                "runstrength.outbox.batch-size", "runstrength.outbox.send-timeout");
        assertThat(ConfigKeys.isRead(catalog, "QUARKUS_HTTP_PORT")).isTrue();
        assertThat(ConfigKeys.isRead(catalog, "QUARKUS_DATASOURCE_JDBC_URL")).isTrue();
        assertThat(ConfigKeys.isRead(catalog, "RUNSTRENGTH_CATALOG_LOAD_SEED")).isTrue();
        assertThat(ConfigKeys.isRead(catalog, "KAFKA_SASL_JAAS_CONFIG")).isTrue();
        assertThat(ConfigKeys.isRead(catalog, "KAFKA_SSL_TRUSTSTORE_LOCATION")).isTrue();

        assertThat(ConfigKeys.isRead(catalog, "QUARKUS_MANAGEMENT_PORT")).isTrue();
        assertThat(ConfigKeys.isRead(catalog, "QUARKUS_MANAGEMENT_ENABLED")).isTrue();
        assertThat(ConfigKeys.isRead(catalog, "QUARKUS_SWAGGER_UI_ENABLED")).isTrue();
        assertThat(ConfigKeys.isRead(catalog, "KAFKA_MAX_REQUEST_SIZE")).isTrue();

        assertThat(ConfigKeys.isRead(catalog, "QUARKUS_HTTP_PROT")).isFalse();
        assertThat(ConfigKeys.isRead(catalog, "QUARKUS_MANAGEMENT_PROT")).isFalse();
        assertThat(ConfigKeys.isRead(catalog, "QUARKUS_SWAGGER_UI_ENABLEDD")).isFalse();
        assertThat(ConfigKeys.isRead(catalog, "KAFKA_MAX_REQUEST_SIZ")).isFalse();
        assertThat(ConfigKeys.isRead(catalog, "KAFKA_SASL_JAAS_CONFG")).isFalse();
        assertThat(ConfigKeys.isRead(catalog, "RUNSTRENGTH_PLANNER_ZONE")).isFalse();
        assertThat(ConfigKeys.isRead(ServiceConfig.of("planner-service"), "RUNSTRENGTH_PLANNER_ZONE")).isTrue();
        assertThat(ConfigKeys.isRead(ServiceConfig.of("planner-service"), "RUNSTRENGTH_CATALOG_LOAD_SEED")).isFalse();
    }
}
