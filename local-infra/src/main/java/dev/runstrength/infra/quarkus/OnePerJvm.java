package dev.runstrength.infra.quarkus;

import java.lang.reflect.InvocationTargetException;

import dev.runstrength.infra.SharedServers;

/**
 * Reaches {@link SharedServers} as loaded by the system class loader. Quarkus loads test resources in
 * a class loader per application, closed when the application stops; a broker started from there would
 * be duplicated per test profile and would lose its classes mid-run. The system class loader lives as
 * long as the JVM.
 */
final class OnePerJvm {

    private OnePerJvm() {
    }

    static String kafkaBootstrapServers() {
        return call("kafkaBootstrapServers");
    }

    static String kafkaBootstrapServers(String brokerProperties) {
        try {
            return (String) sharedServers().getMethod("kafkaBootstrapServers", String.class).invoke(null, brokerProperties);
        } catch (InvocationTargetException e) {
            throw unwrap("kafkaBootstrapServers", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call SharedServers.kafkaBootstrapServers", e);
        }
    }

    static String postgresServerUrl() {
        return call("postgresServerUrl");
    }

    private static String call(String method) {
        try {
            return (String) sharedServers().getMethod(method).invoke(null);
        } catch (InvocationTargetException e) {
            throw unwrap(method, e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call SharedServers." + method, e);
        }
    }

    private static RuntimeException unwrap(String method, InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("SharedServers." + method + " failed", cause);
    }

    private static Class<?> sharedServers() {
        try {
            return Class.forName(SharedServers.class.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException notOnSystemClassPath) {
            // e.g. an IDE or launcher that keeps the test class path out of the system class loader
            return SharedServers.class;
        }
    }
}
