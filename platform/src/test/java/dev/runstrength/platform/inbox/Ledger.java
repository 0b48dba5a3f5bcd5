package dev.runstrength.platform.inbox;

import dev.runstrength.contracts.EventKind;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A consumer's state for the tests: every applied workout appended in the order it was applied. A
 * workout whose id starts with {@value #POISON} is refused by the domain (it passes the contract);
 * {@link #failNextAttempts} makes a runner's next transactions fail as a lost connection would.
 */
@ApplicationScoped
public class Ledger {

    static final String TOPIC = "intake.test";
    static final String POISON = "poison";
    static final IntakeChannel CHANNEL = new IntakeChannel("intake-test", "platform.intake-test", Set.of(EventKind.WORKOUT_COMPLETED));

    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private volatile long holdMillis;

    /** What was applied: runner id, workout id and event id, in order. */
    public record Entry(String runnerId, String workoutId, String eventId) {
    }

    BatchHandler handler() {
        return events -> {
            Set<String> runners = new HashSet<>();
            events.forEach(event -> runners.add(event.aggregateId()));
            runners.forEach(runner -> attempts.computeIfAbsent(runner, r -> new AtomicInteger()).incrementAndGet());
            for (AcceptedEvent event : events) {
                String workoutId = event.event().data().path("workoutId").asText();
                Panache.getEntityManager()
                        .createNativeQuery("insert into intake_ledger (runner_id, workout_id, event_id) values (?1, ?2, ?3)")
                        .setParameter(1, event.aggregateId())
                        .setParameter(2, workoutId)
                        .setParameter(3, event.event().id())
                        .executeUpdate();
                if (workoutId.startsWith(POISON)) {
                    throw new RejectedRecord("workoutId: " + workoutId + " is refused by the domain");
                }
            }
            if (holdMillis > 0) {
                // as a slower handler would: the batch keeps its transaction and its runners' locks a while
                Thread.sleep(holdMillis);
            }
            for (String runner : runners) {
                AtomicInteger left = failures.get(runner);
                if (left != null && left.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    // after the rows were written: the whole batch must roll back with them
                    throw new IllegalStateException("connection lost (simulated)");
                }
            }
        };
    }

    /** The next {@code count} transactions holding this runner's events fail after writing their rows. */
    void failNextAttempts(String runnerId, int count) {
        failures.put(runnerId, new AtomicInteger(count));
    }

    /** Every batch holds its transaction this long after writing its rows (0: not at all). */
    void holdEachBatch(long millis) {
        holdMillis = millis;
    }

    /** How many transactions held this runner's events. */
    int attempts(String runnerId) {
        return attempts.getOrDefault(runnerId, new AtomicInteger()).get();
    }

    @SuppressWarnings("unchecked")
    List<Entry> entries() {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) Panache.getEntityManager()
                .createNativeQuery("select runner_id, workout_id, event_id from intake_ledger order by position")
                .getResultList()).stream()
                .map(row -> new Entry((String) row[0], (String) row[1], (String) row[2]))
                .toList());
    }

    List<Entry> entriesOf(String runnerId) {
        return entries().stream().filter(entry -> entry.runnerId().equals(runnerId)).toList();
    }
}
