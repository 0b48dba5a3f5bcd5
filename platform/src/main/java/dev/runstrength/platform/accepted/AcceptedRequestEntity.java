package dev.runstrength.platform.accepted;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A request accepted over HTTP and published through the outbox, kept so that a repeat (a client's retry) is
 * answered with the first request's event and publishes nothing, and a different body under the same key is a
 * conflict. Each service's table names its own key column (the entity declares the {@code @Id}).
 */
@MappedSuperclass
public abstract class AcceptedRequestEntity {

    @Column(name = "runner_id", nullable = false)
    public String runnerId;

    /** What a repeat is compared by: a digest of the request's content. */
    @Column(name = "content_digest", nullable = false)
    public String contentDigest;

    /** The published event's id; null only between the claim and the outbox append of the same transaction. */
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "accepted_at", nullable = false)
    public Instant acceptedAt;
}
