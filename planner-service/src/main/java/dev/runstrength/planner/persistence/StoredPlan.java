package dev.runstrength.planner.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One generated plan; {@code payload} is the plan event's data, exactly as published. */
@Entity
@Table(name = "plan")
public class StoredPlan {

    @Id
    @Column(name = "plan_id")
    public String planId;

    @Column(name = "runner_id", nullable = false)
    public String runnerId;

    @Column(name = "generated_at", nullable = false)
    public Instant generatedAt;

    @Column(name = "profile_updated_at", nullable = false)
    public Instant profileUpdatedAt;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;
}
