package dev.runstrength.platform.inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The test topic into the {@link Ledger}, exactly as a service's consumer takes its topic in. */
@ApplicationScoped
public class LedgerConsumer {

    private final EventIntake intake;
    private final Ledger ledger;

    public LedgerConsumer(EventIntake intake, Ledger ledger) {
        this.intake = intake;
        this.ledger = ledger;
    }

    @Incoming("intake-test")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        intake.acceptBatch(Ledger.CHANNEL, records, ledger.handler());
    }
}
