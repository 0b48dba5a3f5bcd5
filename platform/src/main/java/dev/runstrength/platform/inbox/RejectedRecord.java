package dev.runstrength.platform.inbox;

/**
 * A record that goes to the dead-letter topic. Its message becomes the {@code dead-letter-reason}
 * header, so it names the offending field.
 */
public class RejectedRecord extends RuntimeException {

    public RejectedRecord(String reason, Throwable cause) {
        super(reason, cause);
    }

    public RejectedRecord(String reason) {
        super(reason);
    }
}
