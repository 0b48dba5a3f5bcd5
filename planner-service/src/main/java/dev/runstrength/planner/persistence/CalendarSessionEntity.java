package dev.runstrength.planner.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What one calendar entry (a runner's session on a day) last showed, and its SEQUENCE. */
@Entity
@Table(name = "calendar_session")
public class CalendarSessionEntity {

    @Id
    public String uid;

    @Column(name = "runner_id", nullable = false)
    public String runnerId;

    @Column(name = "content_digest", nullable = false)
    public String contentDigest;

    @Column(nullable = false)
    public int sequence;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
