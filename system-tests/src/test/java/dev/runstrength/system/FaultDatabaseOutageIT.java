package dev.runstrength.system;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL really stopped for 60 s (fast shutdown: every connection of every service cut, nothing
 * accepted) while the load goes on, then started again on the same data directory and port.
 */
class FaultDatabaseOutageIT extends FaultScenario {

    private static final Duration BEFORE = Duration.ofSeconds(5);
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final Duration AFTER = Duration.ofSeconds(5);

    @Test
    void aMinuteWithoutTheDatabaseLosesNothingDuplicatesNothingAndDeadLettersNothing() throws InterruptedException {
        begin("database-outage", false);
        startLoad();
        sleep(BEFORE);

        faultStart = now();
        system.beginDatabaseOutage();
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - elapsedMillis(faultStart)));
        system.endDatabaseOutage();
        faultEnd = now();
        System.out.printf("database outage: %.1f s%n", seconds(faultEnd - faultStart));

        sleep(AFTER);
        load.stop();
        String readinessFigures = assertDownDuringAndUpAfter(SERVICES, Duration.ofSeconds(120));
        assertNothingLostDuplicatedOrDeadLettered(finish("PostgreSQL stopped 60 s", readinessFigures));
    }
}
