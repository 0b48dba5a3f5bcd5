package dev.runstrength.platform.inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The test topic into the {@link Ledger}, exactly as a service's consumer takes its topic in. */
@ApplicationScoped
public class LedgerConsumer {

    private final EventIntake intake;
    private final Ledger ledger;
    private final AtomicInteger atOnce = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    public LedgerConsumer(EventIntake intake, Ledger ledger) {
        this.intake = intake;
        this.ledger = ledger;
    }

    @Incoming("intake-test")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
        try {
            intake.acceptBatch(Ledger.CHANNEL, records, ledger.handler());
        } finally {
            atOnce.decrementAndGet();
        }
    }

    /** The most batches this method has had in hand at one time (2 or more: two copies of the channel ran in parallel). */
    int mostAtOnce() {
        return mostAtOnce.get();
    }
}
