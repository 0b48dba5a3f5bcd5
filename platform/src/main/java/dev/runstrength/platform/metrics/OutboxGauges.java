package dev.runstrength.platform.metrics;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The outbox as Prometheus sees it: how many events are committed but not yet acknowledged by Kafka
 * ({@code runstrength_outbox_backlog}), and how long the oldest of them has waited
 * ({@code runstrength_outbox_oldest_age_seconds}, 0 when the outbox is empty).
 *
 * <p>Read from the database at scrape time, one query for both gauges (a second read within a second
 * reuses it), so every replica reports the same numbers whichever of them holds the relay lock.
 * When the database cannot be read the gauges are NaN, which Prometheus stores as a gap.
 */
@Startup
@ApplicationScoped
public class OutboxGauges {

    private static final Logger LOG = Logger.getLogger(OutboxGauges.class);
    private static final Duration REUSE = Duration.ofSeconds(1);
    private static final String QUERY = "select count(*), coalesce(extract(epoch from (now() - min(occurred_at))), 0)"
            + " from outbox_event";

    private final AgroalDataSource dataSource;
    private volatile Reading last = new Reading(Double.NaN, Double.NaN, 0);

    public OutboxGauges(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        Gauge.builder("runstrength.outbox.backlog", this, gauges -> gauges.read().backlog())
                .description("Events committed to the outbox and not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("runstrength.outbox.oldest.age", this, gauges -> gauges.read().oldestAgeSeconds())
                .description("How long the oldest event in the outbox has waited; 0 when it is empty")
                .baseUnit("seconds")
                .register(registry);
    }

    Reading read() {
        Reading current = last;
        if (System.nanoTime() - current.readAt() < REUSE.toNanos() && current.readAt() != 0) {
            return current;
        }
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(QUERY)) {
            row.next();
            current = new Reading(row.getLong(1), Math.max(0, row.getDouble(2)), System.nanoTime());
        } catch (SQLException e) {
            LOG.debugf("Outbox gauges could not read the database: %s", e.getMessage());
            current = new Reading(Double.NaN, Double.NaN, System.nanoTime());
        }
        last = current;
        return current;
    }

    record Reading(double backlog, double oldestAgeSeconds, long readAt) {
    }
}
