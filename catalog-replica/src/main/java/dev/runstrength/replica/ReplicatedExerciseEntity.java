package dev.runstrength.replica;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One catalogue exercise as last published; {@code payload} is the upserted event's data. */
@Entity
@Table(name = "catalog_replica")
public class ReplicatedExerciseEntity {

    @Id
    public String id;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
