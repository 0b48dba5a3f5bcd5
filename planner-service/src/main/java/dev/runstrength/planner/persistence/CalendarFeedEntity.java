package dev.runstrength.planner.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A runner's open calendar feed: a SHA-256 of the secret in its URL, never the secret itself. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeedEntity {

    @Id
    @Column(name = "runner_id")
    public String runnerId;

    @Column(name = "secret_digest", nullable = false, unique = true)
    public String secretDigest;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
