package dev.runstrength.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CloudNativePG publishes no Java model, so its kinds are read as trees and every leaf field must be
 * one of the fields listed here (taken from the postgresql.cnpg.io/v1 API reference of CNPG 1.27).
 */
final class CnpgShapes {

    static final Map<String, Set<String>> FIELDS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", Set.of(
                    "spec.instances",
                    "spec.imageName",
                    "spec.storage.size",
                    "spec.storage.storageClass",
                    "spec.postgresql.parameters.max_connections",
                    "spec.managed.roles[].name",
                    "spec.managed.roles[].ensure",
                    "spec.managed.roles[].login",
                    "spec.managed.roles[].passwordSecret.name",
                    "spec.resources.requests.cpu",
                    "spec.resources.requests.memory",
                    "spec.resources.limits.cpu",
                    "spec.resources.limits.memory"),
            "postgresql.cnpg.io/v1/Database", Set.of(
                    "spec.cluster.name",
                    "spec.name",
                    "spec.owner",
                    "spec.ensure"));

    private static final Set<String> COMMON = Set.of("apiVersion", "kind", "metadata.name", "metadata.namespace");
    private static final Pattern FREE_MAPS = Pattern.compile("metadata\\.(labels|annotations)\\..+");

    private CnpgShapes() {
    }

    static boolean covers(JsonNode object) {
        return FIELDS.containsKey(TypedModels.kindOf(object));
    }

    /** Leaf fields of the object that are not in the list for its kind. */
    static List<String> unknownFields(JsonNode object) {
        Set<String> allowed = FIELDS.get(TypedModels.kindOf(object));
        List<String> unknown = new ArrayList<>();
        for (String leaf : leaves(object, "")) {
            if (!allowed.contains(leaf) && !COMMON.contains(leaf) && !FREE_MAPS.matcher(leaf).matches()) {
                unknown.add(leaf);
            }
        }
        return unknown;
    }

    static List<String> leaves(JsonNode node, String path) {
        List<String> leaves = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    leaves.addAll(leaves(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey())));
        } else if (node.isArray()) {
            node.forEach(item -> leaves.addAll(leaves(item, path + "[]")));
        } else {
            leaves.add(path);
        }
        return leaves;
    }
}
