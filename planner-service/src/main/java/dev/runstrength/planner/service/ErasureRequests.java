package dev.runstrength.planner.service;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.RunnerErased;
import dev.runstrength.planner.persistence.RunnerHoldingsRepository;
import dev.runstrength.platform.erasure.RunnerErasureRepository;
import dev.runstrength.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code DELETE /runners/{runnerId}}: the erasure goes onto {@code runner.profiles} through the outbox, so
 * planner and tracking read it like one a backend sent on Kafka ({@link RunnerErasure} does the work).
 *
 * <p>The marker is written at once, so a repeated request (a client's retry) finds it and publishes nothing:
 * it is answered with the first request's event id as long as nothing about the runner arrived after it.
 * Once a newer profile or progression started the runner afresh, a new request is a new erasure.
 */
@ApplicationScoped
public class ErasureRequests {

    private final RunnerErasureRepository erasures;
    private final RunnerHoldingsRepository holdings;
    private final Outbox outbox;
    private final Clock clock;

    public ErasureRequests(RunnerErasureRepository erasures, RunnerHoldingsRepository holdings, Outbox outbox, Clock clock) {
        this.erasures = erasures;
        this.holdings = holdings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What the caller is told: which event carries the erasure, and whether this request published it. */
    public record Receipt(String runnerId, Instant requestedAt, String eventId, boolean repeated) {
    }

    @Transactional
    public Receipt request(String runnerId) {
        erasures.lockRunner(runnerId);
        Optional<RunnerErasureRepository.Marker> marker = erasures.markerOf(runnerId);
        if (marker.isPresent() && !holdings.anythingNewerThan(runnerId, marker.get().requestedAt())) {
            return new Receipt(runnerId, marker.get().requestedAt(), marker.get().eventId(), true);
        }
        Instant requestedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String eventId = outbox.append(EventKind.RUNNER_ERASED, runnerId, new RunnerErased(runnerId, requestedAt)).eventId;
        erasures.mark(runnerId, requestedAt, eventId, requestedAt);
        return new Receipt(runnerId, requestedAt, eventId, false);
    }
}
