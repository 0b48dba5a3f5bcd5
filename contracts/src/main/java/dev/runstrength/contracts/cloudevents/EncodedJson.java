package dev.runstrength.contracts.cloudevents;

import java.util.Objects;

/**
 * Event data already written as JSON and encoded as UTF-8 (an outbox row's payload): sent as these bytes, not
 * written again.
 */
public record EncodedJson(byte[] utf8) {

    public EncodedJson {
        Objects.requireNonNull(utf8, "utf8");
    }
}
