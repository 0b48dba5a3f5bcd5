package dev.runstrength.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The monitoring component (in prod): the alerts docs/observability.md describes, and every metric an
 * alert or a dashboard panel reads is one that exists: RunStrength's own and the Quarkus ones are those
 * docs/observability.md lists under "Metrics" (each service's ObservabilityEndpointsTest scrapes them),
 * the rest come from the exporters named here.
 */
class MonitoringTest {

    /** Metrics from outside the services, and who exports them. */
    static final Map<String, String> EXTERNAL = Map.of(
            "kafka_topic_partition_current_offset", "Kafka Exporter (strimzi-kafka: spec.kafkaExporter)",
            "kafka_consumergroup_lag", "Kafka Exporter (strimzi-kafka: spec.kafkaExporter)",
            "kube_deployment_status_replicas_available", "kube-state-metrics",
            "kube_deployment_spec_replicas", "kube-state-metrics");

    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "and", "or", "unless", "on", "ignoring",
            "group_left", "group_right", "bool", "offset", "inf", "nan");

    @Test
    void the_rule_carries_the_alerts_the_docs_describe() throws IOException {
        JsonNode rule = Overlay.rendered("prod").one("PrometheusRule", "runstrength");
        List<String> alerts = new ArrayList<>();
        rule.path("spec").path("groups").forEach(group -> group.path("rules").forEach(r -> alerts.add(r.path("alert").asText())));

        assertThat(alerts).contains("RunStrengthDeadLetters", "RunStrengthOutboxStuck", "RunStrengthConsumerLag",
                "RunStrengthNotReady");
        String docs = Files.readString(Repo.root().resolve("docs/observability.md"));
        for (String alert : alerts) {
            assertThat(docs).as("docs/observability.md explains " + alert).contains("`" + alert + "`");
        }
        rule.path("spec").path("groups").forEach(group -> group.path("rules").forEach(r -> {
            assertThat(r.path("labels").path("severity").asText()).as(r.path("alert").asText()).isIn("critical", "warning", "info");
            assertThat(r.path("annotations").path("summary").asText()).as(r.path("alert").asText()).isNotBlank();
        }));
    }

    @Test
    void every_alert_names_only_metrics_that_exist() throws IOException {
        Set<String> known = knownMetrics();
        JsonNode rule = Overlay.rendered("prod").one("PrometheusRule", "runstrength");
        rule.path("spec").path("groups").forEach(group -> group.path("rules").forEach(r -> {
            Set<String> named = metricsIn(r.path("expr").asText());
            assertThat(named).as(r.path("alert").asText()).isNotEmpty();
            assertThat(known).as(r.path("alert").asText() + " reads " + named).containsAll(named);
        }));
    }

    @Test
    void the_dashboard_is_a_grafana_configmap_whose_panels_read_metrics_that_exist() throws IOException {
        JsonNode configMap = Overlay.rendered("prod").one("ConfigMap", "runstrength-dashboard");
        assertThat(configMap.path("metadata").path("labels").path("grafana_dashboard").asText()).isEqualTo("1");
        JsonNode dashboard = new ObjectMapper().readTree(configMap.path("data").path("runstrength.json").asText());
        assertThat(dashboard.path("uid").asText()).isEqualTo("runstrength");
        Set<String> known = knownMetrics();
        assertThat(dashboard.path("panels")).hasSizeGreaterThanOrEqualTo(10);
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                Set<String> named = metricsIn(target.path("expr").asText());
                assertThat(named).as(panel.path("title").asText()).isNotEmpty();
                assertThat(known).as(panel.path("title").asText() + " reads " + named).containsAll(named);
            }
        }
    }

    @Test
    void the_metric_names_of_an_expression_are_found_and_nothing_else() {
        assertThat(metricsIn("sum by (topic, cause) (increase(runstrength_dead_letters_total{topic=~\".+\\\\.dlq\", job=\"$job\"}[15m])) > 0"))
                .containsExactly("runstrength_dead_letters_total");
        assertThat(metricsIn("a_total{x=\"y\"} < on (deployment) b_replicas offset 5m"))
                .containsExactly("a_total", "b_replicas");
    }

    /** The metric names in a PromQL expression: identifiers that are not functions, keywords, labels or strings. */
    static Set<String> metricsIn(String expr) {
        String stripped = expr
                .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")            // string literals
                .replaceAll("\\{[^}]*}", " ")                             // label matchers
                .replaceAll("\\[[^]]*]", " ")                             // range durations
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ") // label lists
                .replaceAll("\\boffset\\s+\\w+", " ");
        Set<String> names = new LinkedHashSet<>();
        Matcher identifier = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\s*\\()?").matcher(stripped);
        while (identifier.find()) {
            String token = identifier.group();
            if (token.endsWith("(") || PROMQL_WORDS.contains(token.toLowerCase())) {
                continue;
            }
            names.add(token);
        }
        return names;
    }

    /** The metrics docs/observability.md lists in its "Metrics" section, plus {@link #EXTERNAL}. */
    static Set<String> knownMetrics() throws IOException {
        Set<String> known = new LinkedHashSet<>(EXTERNAL.keySet());
        boolean inMetrics = false;
        for (String line : Files.readAllLines(Repo.root().resolve("docs/observability.md"))) {
            if (line.startsWith("## ")) {
                inMetrics = line.equals("## Metrics");
            } else if (inMetrics && line.startsWith("| `")) {
                known.add(line.substring(3, line.indexOf('`', 3)));
            }
        }
        assertThat(known).as("metrics listed in docs/observability.md").hasSizeGreaterThan(EXTERNAL.size() + 5);
        return known;
    }
}
