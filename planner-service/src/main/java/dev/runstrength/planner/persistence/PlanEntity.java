package dev.runstrength.planner.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One generated plan; {@code payload} is the plan event's data, exactly as published, {@code blockStart}
 * what a replan needs besides it to continue the block calendar, and {@code continuation} all a replan needs of
 * the plan in a few hundred bytes (mapping's ContinuationRecord), so that it does not read the payload.
 */
@Entity
@Table(name = "plan")
public class PlanEntity {

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

    /** The first day of the training block the plan's calendar counts from; not published (V3). */
    @Column(name = "block_start")
    public LocalDate blockStart;

    /** The plan's continuation record (mapping's ContinuationRecord); null for plans stored before it was kept (V14_2). */
    @Column(columnDefinition = "text")
    public String continuation;
}
