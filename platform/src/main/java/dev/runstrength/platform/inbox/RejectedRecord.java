package dev.runstrength.platform.inbox;

import java.nio.charset.StandardCharsets;

/**
 * A record that goes to the dead-letter topic. Its message becomes the {@code dead-letter-reason}
 * header, so it names the offending field; {@link #cause()} becomes {@code dead-letter-cause}. The
 * reason and the cause's message (logged) are cut to {@value #MAX_HEADER_BYTES} bytes and marked {@value #CUT_MARK}: a reason quotes
 * the record, and a record may be large.
 */
public class RejectedRecord extends RuntimeException {

    /** The most a dead-letter header written from a rejection holds, in UTF-8 bytes. */
    public static final int MAX_HEADER_BYTES = 1024;
    public static final String CUT_MARK = "…[cut]";

    private final DeadLetterCause cause;

    public RejectedRecord(String reason, Throwable cause) {
        super(cut(reason), bounded(cause));
        this.cause = DeadLetterCause.REFUSED;
    }

    public RejectedRecord(String reason) {
        this(DeadLetterCause.REFUSED, reason);
    }

    /** A rejection for another cause than the domain's refusal (say, a record without its key). */
    public RejectedRecord(DeadLetterCause cause, String reason) {
        super(cut(reason));
        this.cause = cause;
    }

    /** The {@code dead-letter-cause} this rejection writes. */
    public DeadLetterCause cause() {
        return cause;
    }

    /** The text as it is when it fits in {@value #MAX_HEADER_BYTES} bytes, else its head and {@value #CUT_MARK}. */
    public static String cut(String text) {
        if (text == null || text.getBytes(StandardCharsets.UTF_8).length <= MAX_HEADER_BYTES) {
            return text;
        }
        int budget = MAX_HEADER_BYTES - CUT_MARK.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder head = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > budget) {
                break;
            }
            head.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return head + CUT_MARK;
    }

    private static Throwable bounded(Throwable cause) {
        if (cause == null || cut(cause.getMessage()) == cause.getMessage()) {
            return cause;
        }
        CutCause bounded = new CutCause(cause);
        bounded.setStackTrace(cause.getStackTrace());
        return bounded;
    }

    /** Stands in for a cause whose message is too long for a header: the same stack, the message cut. */
    static final class CutCause extends RuntimeException {

        CutCause(Throwable original) {
            super(cut(original.getMessage()), original.getCause());
        }
    }
}
