package dev.runstrength.platform.outbox;

/** CDI event fired when a transaction wrote to the outbox; observed after commit to relay at once. */
public record OutboxAppended(String topic) {
}
