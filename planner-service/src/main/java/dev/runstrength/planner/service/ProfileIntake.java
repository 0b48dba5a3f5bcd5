package dev.runstrength.planner.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.planner.persistence.AcceptedProfileEntity;
import dev.runstrength.planner.persistence.AcceptedProfileRepository;
import dev.runstrength.platform.outbox.Outbox;
import dev.runstrength.platform.rest.JsonBody;
import dev.runstrength.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Profiles a backend sends over HTTP go onto {@code runner.profiles} through the outbox, so Kafka
 * stays the one log: the planner then reads them like any other profile. This class is the only
 * place the HTTP path writes to the outbox.
 *
 * <p>Each profile is published once. Its key is the identity a record without CloudEvents
 * attributes gets ({@code runnerId@updatedAt}); a repeated request (a client's retry) finds the key
 * taken and publishes nothing, and is answered with the first request's event id. A different body
 * under a key already taken is a 409: a changed profile needs a later {@code updatedAt}.
 */
@ApplicationScoped
public class ProfileIntake {

    private final AcceptedProfileRepository accepted;
    private final Outbox outbox;
    private final Clock clock;

    public ProfileIntake(AcceptedProfileRepository accepted, Outbox outbox, Clock clock) {
        this.accepted = accepted;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What the caller is told: which event carries the profile, and whether this request added it. */
    public record Receipt(String runnerId, String updatedAt, String eventId, Instant acceptedAt, boolean repeated) {
    }

    /**
     * @param data a runner profile that passed the contract's schema, as received: what is published
     * @param profile the same, read into its record: what a repeat is compared by
     * @throws ProblemException 409 when another profile with the same runnerId and updatedAt was accepted
     */
    @Transactional
    public Receipt accept(JsonNode data, RunnerProfile profile) {
        EventKind kind = EventKind.RUNNER_PROFILE_UPDATED;
        String key = kind.identityOf(data);
        String runnerId = profile.runnerId();
        String updatedAt = key.substring(runnerId.length() + 1);
        String digest = JsonBody.digest(profile);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!accepted.insertIfNew(key, runnerId, digest, now)) {
            AcceptedProfileEntity first = accepted.findById(key);
            if (!first.contentDigest.equals(digest)) {
                throw ProblemException.conflict("updatedAt: a different profile of runner '" + runnerId
                        + "' with updatedAt " + updatedAt + " was accepted already; send a change with a later updatedAt");
            }
            return new Receipt(runnerId, updatedAt, first.eventId, first.acceptedAt, true);
        }
        String eventId = outbox.append(kind, runnerId, data).eventId;
        accepted.recordEvent(key, eventId);
        return new Receipt(runnerId, updatedAt, eventId, now, false);
    }
}
