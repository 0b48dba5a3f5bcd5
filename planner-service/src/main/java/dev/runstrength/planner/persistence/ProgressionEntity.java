package dev.runstrength.planner.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A runner's merged progression state; {@code payload} is a {@code HeldProgression} as JSON. */
@Entity
@Table(name = "runner_progression")
public class ProgressionEntity {

    @Id
    @Column(name = "runner_id")
    public String runnerId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;
}
