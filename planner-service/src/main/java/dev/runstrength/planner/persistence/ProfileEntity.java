package dev.runstrength.planner.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The latest runner profile held; {@code payload} is the profile event's data as received. */
@Entity
@Table(name = "runner_profile")
public class ProfileEntity {

    @Id
    @Column(name = "runner_id")
    public String runnerId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;
}
