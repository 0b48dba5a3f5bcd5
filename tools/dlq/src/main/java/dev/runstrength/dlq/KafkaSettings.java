package dev.runstrength.dlq;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * How to reach a cluster: its bootstrap servers plus any client properties (TLS, SASL, timeouts) from a
 * file, as {@code kafka-console-consumer --command-config} takes them. The file's settings go to every
 * client the tool makes; the settings the tool's guarantees rest on (byte serdes, acks=all, idempotence,
 * read_committed) are applied after it and cannot be turned off.
 */
record KafkaSettings(String bootstrapServers, Properties clientProperties) {

    static final String CLIENT_ID = "runstrength-dlq";

    KafkaSettings {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new DlqException("--bootstrap-server: expected host:port[,host:port...], got nothing");
        }
        Properties copy = new Properties();
        copy.putAll(clientProperties);
        clientProperties = copy;
    }

    static KafkaSettings of(String bootstrapServers, Path commandConfig) {
        Properties properties = new Properties();
        if (commandConfig != null) {
            try (Reader reader = Files.newBufferedReader(commandConfig)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new DlqException("--command-config: cannot read " + commandConfig + " (" + e + ")", e);
            }
        }
        return new KafkaSettings(bootstrapServers, properties);
    }

    private Properties common() {
        Properties props = new Properties();
        props.put(CommonClientConfigs.CLIENT_ID_CONFIG, CLIENT_ID);
        props.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        props.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        props.putAll(clientProperties);
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }

    Admin admin() {
        Properties props = common();
        return Admin.create(props);
    }

    /** Reads without a consumer group (partitions are assigned) and sees committed transactions only. */
    KafkaConsumer<byte[], byte[]> consumer() {
        Properties props = common();
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    /**
     * A transactional producer: idempotent, acks=all. The transactional id is the file's
     * {@code transactional.id} when it sets one (a cluster whose ACLs allow only some ids), else
     * {@code defaultTransactionalId}.
     */
    KafkaProducer<byte[], byte[]> transactionalProducer(String defaultTransactionalId) {
        Properties props = common();
        props.putIfAbsent(ProducerConfig.TRANSACTIONAL_ID_CONFIG, defaultTransactionalId);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(props);
    }
}
