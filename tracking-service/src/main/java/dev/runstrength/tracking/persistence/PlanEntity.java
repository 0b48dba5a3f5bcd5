package dev.runstrength.tracking.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One plan published by the planner, as tracking keeps it: its view ({@code viewData}, what the engine reads). The
 * event's data ({@code payload}) is there only for plans stored before V14_1; newer rows leave it null.
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

    @Column(columnDefinition = "text")
    public String payload;

    /** What tracking reads of the plan, as JSON (view format 1), in rows stored before V14_2 (and after V2). */
    @Column(columnDefinition = "text")
    public String view;

    /** What tracking reads of the plan in its compact form (see PlanViews), since V14_2. */
    @Column(name = "view_data")
    public byte[] viewData;

    @Column(name = "view_format")
    public Integer viewFormat;
}
