package dev.runstrength.platform.inbox;

/**
 * Why a record went to its dead-letter topic, in the contract's words: the value of the
 * {@code dead-letter-cause} header and the {@code cause} label of {@code runstrength_dead_letters_total}.
 * A closed set, so that alerts and dashboards can rely on it.
 */
public enum DeadLetterCause {

    /** The value is not JSON, or not a JSON object: nothing in it can be read. */
    UNPARSEABLE("unparseable"),
    /** Readable, but it breaks the contract (a CloudEvents attribute, the schema, the record key). */
    CONTRACT("contract"),
    /** The record carries no key where the contract requires one. */
    MISSING_KEY("missing-key"),
    /** The contract accepts it, the service's domain refuses it ({@link RejectedRecord}). */
    REFUSED("refused"),
    /** The database can never store it: a data exception or an integrity violation other than a duplicate. */
    UNSTORABLE("unstorable");

    private final String word;

    DeadLetterCause(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
