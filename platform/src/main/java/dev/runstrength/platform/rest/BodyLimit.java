package dev.runstrength.platform.rest;

import dev.runstrength.contracts.ContractJson;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is a 413 problem. Quarkus itself refuses such
 * a request with an empty 413 (its handler has route order -2); this one runs just before it and
 * answers the same status as problem+json, before a byte of the body is read. A body sent in chunks
 * without a Content-Length is cut off by Quarkus while it is read: a bare 413 and a closed connection.
 */
@ApplicationScoped
public class BodyLimit {

    /** Before Quarkus' own limit handler (order -2). */
    static final int ROUTE_ORDER = -3;

    void install(@Observes Router router,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        if (limit.isEmpty()) {
            return;
        }
        long max = limit.get().asLongValue();
        router.route().order(ROUTE_ORDER).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long declared;
            try {
                declared = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1; // Vert.x answers a malformed Content-Length itself
            }
            if (declared <= max) {
                context.next();
                return;
            }
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(ContractJson.write(tooLarge(max, declared, context.request().path())));
        });
    }

    static Problem tooLarge(long max, long declared, String path) {
        return Problem.of(413, "body: at most " + max + " bytes (" + (max / 1024) + " KiB) are accepted"
                + (declared >= 0 ? ", was " + declared : ""), path);
    }
}
