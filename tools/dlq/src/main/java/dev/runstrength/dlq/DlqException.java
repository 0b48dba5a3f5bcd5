package dev.runstrength.dlq;

/** Something the operator can act on (an unknown topic, an unreachable broker): printed as it is, no stack trace. */
final class DlqException extends RuntimeException {

    DlqException(String message) {
        super(message);
    }

    DlqException(String message, Throwable cause) {
        super(message, cause);
    }
}
