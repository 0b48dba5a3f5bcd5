package dev.runstrength.planner.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A profile accepted over HTTP and published on {@code runner.profiles}; the key is runnerId@updatedAt. */
@Entity
@Table(name = "profile_intake")
public class AcceptedProfileEntity {

    @Id
    @Column(name = "intake_key")
    public String key;

    @Column(name = "runner_id", nullable = false)
    public String runnerId;

    @Column(name = "content_digest", nullable = false)
    public String contentDigest;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "accepted_at", nullable = false)
    public Instant acceptedAt;
}
