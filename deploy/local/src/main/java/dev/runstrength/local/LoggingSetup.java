package dev.runstrength.local;

import java.nio.file.Path;

/**
 * The broker runs inside this JVM and logs through SLF4J; its lines go to a file rather than mixing
 * with the launcher's own output. Must run before Kafka creates its first logger.
 */
final class LoggingSetup {

    private LoggingSetup() {
    }

    static void sendKafkaLogsTo(Path file) {
        setIfAbsent("org.slf4j.simpleLogger.logFile", file.toString());
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "info");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        // Kafka's logging controller asks Log4j for a logger once; without a backend Log4j complains on
        // stderr. Its built-in simple logger is enough for that one line.
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
