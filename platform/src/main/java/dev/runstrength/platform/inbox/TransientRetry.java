package dev.runstrength.platform.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Runs a step of the intake until it succeeds or fails for good: a transient failure ({@link Failure})
 * is retried for as long as it lasts, with exponential backoff, while readiness names it; a permanent
 * one is thrown at once. The caller's thread waits, so its channel takes no new record and commits
 * nothing past the record in hand until the dependency is back. Only a shutdown ends the wait.
 */
@ApplicationScoped
public class TransientRetry {

    private static final Logger LOG = Logger.getLogger(TransientRetry.class);

    private final InboxConfig config;
    private final IntakeReadiness readiness;
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public TransientRetry(InboxConfig config, IntakeReadiness readiness) {
        this.config = config;
        this.readiness = readiness;
    }

    /** Calls {@code step} on behalf of {@code channel}, until it succeeds or fails permanently. */
    public <T> T call(String channel, Callable<T> step) {
        try {
            @SuppressWarnings("unchecked")
            T result = (T) guards.computeIfAbsent(channel, this::guard).call(step::call, Object.class);
            readiness.going(channel);
            return result;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Guard guard(String channel) {
        return Guard.create()
                .withRetry()
                    .maxRetries(-1)
                    .maxDuration(0, ChronoUnit.MILLIS)
                    .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                    .jitter(0, ChronoUnit.MILLIS)
                    .whenException(error -> !stopping && !Failure.classify(error).permanent())
                    .beforeRetry((Throwable error) -> {
                        String cause = Failure.classify(error).reason();
                        readiness.waiting(channel, cause);
                        LOG.warnf("Channel %s waits and tries again: %s", channel, cause);
                    })
                    .withExponentialBackoff()
                        .factor(2)
                        .maxDelay(config.retryMaxDelay().toMillis(), ChronoUnit.MILLIS)
                        .done()
                    .done()
                .build();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
