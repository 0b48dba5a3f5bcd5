package dev.runstrength.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.LinkedHashMap;
import java.util.Map;

/** A service's rendered Deployment, its one container and the environment it ends up with. */
record Workloads(Overlay overlay, String service, Deployment deployment) {

    static Workloads of(Overlay overlay, String service) {
        return new Workloads(overlay, service, TypedModels.as(overlay.one("Deployment", service), Deployment.class));
    }

    Container container() {
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(service))
                .findFirst()
                .orElseThrow(() -> new AssertionError(service + " has no container named after it"));
    }

    /** Every variable the container sees: ConfigMap entries from envFrom, then env (which wins). */
    Map<String, EnvVar> environment() {
        Map<String, EnvVar> all = new LinkedHashMap<>();
        for (EnvFromSource source : container().getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                ConfigMap map = TypedModels.as(overlay.one("ConfigMap", source.getConfigMapRef().getName()), ConfigMap.class);
                map.getData().forEach((name, value) -> all.put(name, new EnvVar(name, value, null)));
            }
            if (source.getSecretRef() != null) {
                throw new AssertionError(service + " takes a whole Secret as environment; name each key instead");
            }
        }
        container().getEnv().forEach(variable -> all.put(variable.getName(), variable));
        return all;
    }

    ContainerPort port(String name) {
        return container().getPorts().stream()
                .filter(p -> name.equals(p.getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(service + " names no container port " + name));
    }

    /** The number a port reference (a number or a container port's name) stands for. */
    static int resolve(IntOrString port, ContainerPort named) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        if (!port.getStrVal().equals(named.getName())) {
            throw new AssertionError("port " + port.getStrVal() + " is not " + named.getName());
        }
        return named.getContainerPort();
    }

    String literal(String variable) {
        EnvVar value = environment().get(variable);
        if (value == null || value.getValue() == null) {
            throw new AssertionError(service + " sets no literal " + variable);
        }
        return value.getValue();
    }
}
