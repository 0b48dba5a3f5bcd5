package dev.runstrength.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An event committed with the state change it describes, waiting to be relayed to Kafka.
 *
 * <p>Hibernate knows a row by its CloudEvents id (assigned before insert, so inserts can be batched;
 * an identity column would make Hibernate insert rows one by one). {@code id}, the relay's order, is
 * the table's bigserial: the database numbers each row as it is inserted, and Hibernate never writes it.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Column(insertable = false, updatable = false)
    public Long id;

    @Id
    @Column(name = "event_id", nullable = false, unique = true)
    public String eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "record_key", nullable = false)
    public String recordKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String source;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    /** W3C trace context of the work that appended the event; null when it was not traced. */
    @Column(length = 55)
    public String traceparent;

    @Column(length = 512)
    public String tracestate;
}
