package dev.runstrength.system;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The Kafka broker shut down for 20 s while the backend keeps sending (its sends wait and are sent
 * again), then started again on the same ports and log directory.
 */
class FaultBrokerRestartIT extends FaultScenario {

    private static final Duration BEFORE = Duration.ofSeconds(5);
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final Duration AFTER = Duration.ofSeconds(5);

    @Test
    void aBrokerRestartLosesNothingAndDuplicatesNothing() throws InterruptedException {
        begin("broker-restart", false);
        startLoad();
        sleep(BEFORE);

        faultStart = now();
        system.beginBrokerOutage();
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - elapsedMillis(faultStart)));
        system.endBrokerOutage();
        faultEnd = now();
        System.out.printf("broker outage: %.1f s%n", seconds(faultEnd - faultStart));

        sleep(AFTER);
        load.stop();
        String readinessFigures = assertDownDuringAndUpAfter(SERVICES, Duration.ofSeconds(120));
        assertNothingLostDuplicatedOrDeadLettered(finish("broker down 20 s and restarted", readinessFigures));
    }
}
