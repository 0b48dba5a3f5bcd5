package dev.runstrength.platform.erasure;

import dev.runstrength.contracts.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The test application's erasure: its one runner table is the intake's ledger; it publishes workouts. */
@ApplicationScoped
public class LedgerErasure extends ErasureHandler {

    public LedgerErasure(RunnerErasureRepository erasures, MeterRegistry registry) {
        super(erasures, registry, Clock.systemUTC(), "platform-test");
    }

    @Override
    protected Map<String, Integer> deleteAllOf(String runnerId) {
        return erasures.deleteRunnerRows(runnerId, List.of("intake_ledger"), Topics.WORKOUTS_COMPLETED);
    }
}
