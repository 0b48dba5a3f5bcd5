package dev.runstrength.platform.inbox;

import dev.runstrength.contracts.validation.ContractViolation;

/**
 * Reads a channel's event data straight from the record's JSON bytes, keeping only what the consumer uses
 * and checking those fields (presence, type, bounds) itself, in place of the intake's tree and JSON Schema
 * validation. For a consumer that keeps a small part of a large event (tracking keeps a few KB of a 37 KB
 * plan); the contract's rule holds for what it reads: data that cannot be read, or whose fields the consumer
 * relies on are missing or wrong, is dead-lettered with a reason naming the field.
 */
@FunctionalInterface
public interface DataReader {

    /**
     * @param json the event's data, a JSON object, as UTF-8 bytes (possibly null or empty: a violation)
     * @return what the consumer keeps, with the value of the kind's key field (the record key must equal it)
     * @throws ContractViolation naming the field when the data cannot be read or breaks what the consumer uses
     */
    Kept read(byte[] json);

    /** What a reader kept of one event: its aggregate id (the data's key field) and the consumer's value. */
    record Kept(String aggregateId, Object value) {
    }
}
