package dev.runstrength.platform.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.contracts.events.RunnerErased;
import dev.runstrength.platform.inbox.IntakeTestResources;
import dev.runstrength.platform.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The erasure every service shares, with a real database: what it deletes, the marker it keeps (latest wins, no
 * runner id in it) and the check that drops what comes later dated at or before it. Each service's own test
 * checks its tables and its end-to-end behaviour.
 */
@QuarkusTest
@IntakeTestResources
class ErasureHandlerTest {

    private static final Instant REQUESTED = Instant.parse("2026-11-30T10:00:00.123456789Z");

    @Inject
    LedgerErasure erasure;

    @Inject
    RunnerErasureRepository erasures;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Test
    void anErasureDeletesTheRunnersRowsAndUnsentEventsAndKeepsOnlyADigestMarker() {
        String erased = runner("erased");
        String kept = runner("kept");
        String eventId = UUID.randomUUID().toString();
        double erasuresBefore = registry.counter("runstrength.platform-test.erasures").count();
        // rolled back at the end, so the relay never sees the events; the counts are read inside
        long[] counts;
        QuarkusTransaction.begin();
        try {
            for (String runnerId : List.of(erased, kept)) {
                insertLedgerRow(runnerId);
                outbox.append(EventKind.WORKOUT_COMPLETED, runnerId, Map.of("runnerId", runnerId));
            }
            erasure.apply(new RunnerErased(erased, REQUESTED), eventId);
            counts = new long[] {ledgerRows(erased), outboxRows(erased), ledgerRows(kept), outboxRows(kept),
                    markerRows(erased), count("select count(*) from runner_erasure where runner_digest = ?1",
                    RunnerErasureRepository.digest(erased))};
        } finally {
            QuarkusTransaction.rollback();
        }
        assertThat(counts[0]).as("ledger rows of the erased runner").isZero();
        assertThat(counts[1]).as("unsent events of the erased runner").isZero();
        assertThat(counts[2]).as("ledger rows of the other runner").isEqualTo(1);
        assertThat(counts[3]).as("unsent events of the other runner").isEqualTo(1);
        assertThat(counts[4]).as("markers naming the runner in clear").isZero();
        assertThat(counts[5]).as("the marker under the runner's digest").isEqualTo(1);
        assertThat(registry.counter("runstrength.platform-test.erasures").count()).isEqualTo(erasuresBefore + 1);
    }

    @Test
    void theMarkerKeepsTheLatestErasureAndAnOlderOneDeletesNothing() {
        String runnerId = runner("latest");
        String first = UUID.randomUUID().toString();
        String older = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> erasure.apply(new RunnerErased(runnerId, REQUESTED), first));
        QuarkusTransaction.requiringNew().run(() -> insertLedgerRow(runnerId));

        // the same erasure again, and an older one delivered late: the marker stays, the fresh row too
        QuarkusTransaction.requiringNew().run(() -> erasure.apply(new RunnerErased(runnerId, REQUESTED.minusSeconds(60)), older));
        Optional<RunnerErasureRepository.Marker> marker = markerOf(runnerId);
        assertThat(marker).map(RunnerErasureRepository.Marker::eventId).contains(first);
        assertThat(marker).map(RunnerErasureRepository.Marker::requestedAt)
                .contains(REQUESTED.truncatedTo(ChronoUnit.MICROS));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledgerRows(runnerId))).isEqualTo(1);

        String later = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> erasure.apply(new RunnerErased(runnerId, REQUESTED.plusSeconds(60)), later));
        assertThat(markerOf(runnerId)).map(RunnerErasureRepository.Marker::eventId).contains(later);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledgerRows(runnerId))).isZero();
    }

    @Test
    void eventsDatedAtOrBeforeTheErasureAreDroppedAndNewerOnesAndOtherRunnersAreNot() {
        String erased = runner("drops");
        String other = runner("other");
        QuarkusTransaction.requiringNew().run(() -> erasure.apply(new RunnerErased(erased, REQUESTED), UUID.randomUUID().toString()));
        double droppedBefore = registry.counter("runstrength.platform-test.erased.dropped").count();

        ErasureHandler.Erased marks = QuarkusTransaction.requiringNew().call(() -> erasure.markersOf(List.of(erased, other)));
        assertThat(marks.drops(erased, REQUESTED.minusSeconds(1))).as("before").isTrue();
        // the marker holds microseconds, as the database does: an event at the same microsecond is not newer
        assertThat(marks.drops(erased, REQUESTED)).as("at").isTrue();
        assertThat(marks.drops(erased, REQUESTED.plus(1, ChronoUnit.MICROS))).as("a microsecond after").isFalse();
        assertThat(marks.drops(other, REQUESTED.minusSeconds(1))).as("a runner never erased").isFalse();
        assertThat(registry.counter("runstrength.platform-test.erased.dropped").count()).isEqualTo(droppedBefore + 2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> erasures.markersOf(List.of())).isEmpty()).isTrue();
    }

    private Optional<RunnerErasureRepository.Marker> markerOf(String runnerId) {
        return QuarkusTransaction.requiringNew().call(() -> erasures.markerOf(runnerId));
    }

    private void insertLedgerRow(String runnerId) {
        entityManager.createNativeQuery("insert into intake_ledger (runner_id, workout_id, event_id) values (?1, ?2, ?3)")
                .setParameter(1, runnerId).setParameter(2, "w-" + runnerId).setParameter(3, UUID.randomUUID().toString())
                .executeUpdate();
    }

    private long ledgerRows(String runnerId) {
        return count("select count(*) from intake_ledger where runner_id = ?1", runnerId);
    }

    private long outboxRows(String runnerId) {
        return count("select count(*) from outbox_event where record_key = ?1 and topic = '" + Topics.WORKOUTS_COMPLETED + "'",
                runnerId);
    }

    private long markerRows(String runnerId) {
        return count("select count(*) from runner_erasure where runner_digest = ?1 or event_id like '%' || ?1 || '%'", runnerId);
    }

    private long count(String sql, String parameter) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    private static String runner(String name) {
        return "erasure-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
