package dev.runstrength.planner.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** The latest document the planner holds about a runner (a profile, a progression state): one row a runner. */
@MappedSuperclass
public abstract class RunnerDocumentEntity {

    @Id
    @Column(name = "runner_id")
    public String runnerId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;
}
