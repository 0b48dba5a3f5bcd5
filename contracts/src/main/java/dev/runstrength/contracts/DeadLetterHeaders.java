package dev.runstrength.contracts;

/** Headers a record carries on {@code <topic>.dlq}; the record itself is copied unchanged. */
public final class DeadLetterHeaders {

    /** Human-readable; names the offending field. */
    public static final String REASON = "dead-letter-reason";
    /**
     * Why, in one word: {@code unparseable}, {@code contract}, {@code missing-key}, {@code refused},
     * {@code unstorable} (docs/contract.md).
     */
    public static final String CAUSE = "dead-letter-cause";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    private DeadLetterHeaders() {
    }
}
