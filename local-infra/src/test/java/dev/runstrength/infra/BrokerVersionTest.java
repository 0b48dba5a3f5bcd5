package dev.runstrength.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

/**
 * The in-JVM broker must run the kafka-clients version the Quarkus platform manages, so the tests exercise
 * the same protocol the services speak in production. The parent pom names the broker's version once
 * ({@code kafka.version}); this fails when a platform move changes kafka-clients and that property stays behind.
 */
class BrokerVersionTest {

    @Test
    void brokerJarsAreTheKafkaClientsVersionOnTheClasspath() throws Exception {
        String clients = AppInfoParser.getVersion();

        assertThat(jarName(kafka.server.KafkaRaftServer.class)).isEqualTo("kafka_2.13-" + clients + ".jar");
        assertThat(jarName(org.apache.kafka.security.CredentialProvider.class))
                .isEqualTo("kafka-server-" + clients + ".jar");
        assertThat(jarName(org.apache.kafka.metadata.storage.Formatter.class))
                .isEqualTo("kafka-metadata-" + clients + ".jar");
    }

    private static String jarName(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
    }
}
