package dev.runstrength.platform.rest;

import jakarta.ws.rs.core.Response;

/** Thrown by resources to answer with a problem: the status and a detail that names the field. */
public class ProblemException extends RuntimeException {

    private final int status;

    public ProblemException(Response.Status status, String detail) {
        super(detail);
        this.status = status.getStatusCode();
    }

    public int status() {
        return status;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Response.Status.CONFLICT, detail);
    }
}
