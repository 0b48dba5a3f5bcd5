package dev.runstrength.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;

/**
 * JSON that {@link ContractJson} cannot read, or a value it cannot write. The message names the type and
 * gives Jackson's own message without its source excerpt; {@link #getCause()} is Jackson's error.
 */
public final class ContractJsonException extends RuntimeException {

    private final String jsonError;

    private ContractJsonException(String message, IOException cause) {
        super(message + ": " + jacksonMessage(cause), cause);
        this.jsonError = jacksonMessage(cause);
    }

    /** Jackson's message alone, without the type or the location and source excerpt Jackson appends. */
    public String jsonError() {
        return jsonError;
    }

    static ContractJsonException read(String what, IOException e) {
        return new ContractJsonException("cannot be read as " + what, e);
    }

    static ContractJsonException write(Object value, IOException e) {
        return new ContractJsonException(value.getClass().getSimpleName() + " cannot be written as JSON", e);
    }

    private static String jacksonMessage(IOException e) {
        return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    }
}
