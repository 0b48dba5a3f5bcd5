package dev.runstrength.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Readiness of the service's consumers: DOWN while a channel waits for a dependency to come back (the
 * cause named, e.g. {@code runner-profiles: database (SQLState 08001): Connection refused}) and while a
 * channel is still catching up with the topics it depends on ({@code catching up: catalog.exercises 120/300}).
 */
@ApplicationScoped
public class IntakeReadiness {

    static final String NAME = "event intake";

    private final Map<String, String> waiting = new ConcurrentSkipListMap<>();
    private final Map<String, String> catchingUp = new ConcurrentSkipListMap<>();

    /** The channel cannot go on until the cause is gone. */
    public void waiting(String channel, String cause) {
        waiting.put(channel, cause);
    }

    /** The channel went on: whatever held it is gone. */
    public void going(String channel) {
        waiting.remove(channel);
    }

    /** Something the service needs before it is ready is still loading; {@code progress} says how far it is. */
    public void catchingUp(String what, String progress) {
        catchingUp.put(what, progress);
    }

    public void caughtUp(String what) {
        catchingUp.remove(what);
    }

    /** What is still being caught up with, and how far. */
    public Map<String, String> catchingUp() {
        return Map.copyOf(catchingUp);
    }

    public boolean ready() {
        return waiting.isEmpty() && catchingUp.isEmpty();
    }

    /** What {@link IntakeHealthCheck} reports. */
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(ready());
        waiting.forEach((channel, cause) -> response.withData(channel, "waiting: " + cause));
        catchingUp.forEach((what, progress) -> response.withData(what, "catching up: " + what + " " + progress));
        return response.build();
    }
}
