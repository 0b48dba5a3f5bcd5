package dev.runstrength.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The hand-written valid example of every event, from {@code src/test/resources/examples/}. */
public final class Examples {

    private Examples() {
    }

    /** A fresh, mutable copy of the example data of a kind. */
    public static ObjectNode of(EventKind kind) {
        String resource = "examples/" + kind.schemaName() + ".json";
        try (InputStream in = Examples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing example " + resource);
            }
            return (ObjectNode) ContractJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytesOf(EventKind kind) {
        try {
            return ContractJson.mapper().writeValueAsBytes(of(kind));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
