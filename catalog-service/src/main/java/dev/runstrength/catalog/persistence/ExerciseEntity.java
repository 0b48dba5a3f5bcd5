package dev.runstrength.catalog.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One exercise row; {@code payload} is the exercise as the API shows it. */
@Entity
@Table(name = "exercise")
public class ExerciseEntity {

    /** Who last wrote the row: the bundled seed (which a newer seed may upgrade) or the API. */
    public enum Origin { SEED, API }

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Origin origin;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
