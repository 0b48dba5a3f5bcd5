package dev.runstrength.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every service killed with SIGKILL three times while the load goes on: in each round tracking, planner
 * and catalog are killed one second apart (crashed pods) and started again together.
 */
class FaultKillIT extends FaultScenario {

    private static final int ROUNDS = 3;
    private static final List<String> KILL_ORDER = List.of("tracking", "planner", "catalog");

    @Test
    void threeKillsOfEveryServiceLoseNothingAndDuplicateNothing() throws InterruptedException {
        begin("kills", false);
        startLoad();
        sleep(Duration.ofSeconds(5));

        List<String> restarts = new ArrayList<>();
        faultStart = now();
        for (int round = 1; round <= ROUNDS; round++) {
            for (String service : KILL_ORDER) {
                system.kill(service);
                sleep(Duration.ofSeconds(1));
            }
            long restartAt = now();
            faultEnd = restartAt;
            system.restart(KILL_ORDER.toArray(String[]::new));
            restarts.add(String.format(Locale.ROOT, "%.1f s", seconds(now() - restartAt)));
            sleep(Duration.ofSeconds(1));
        }
        load.stop();
        String readinessFigures = "all three ready again " + String.join(", ", restarts)
                + " after each restart (" + assertDownDuringAndUpAfter(SERVICES, Duration.ofSeconds(60)) + ")";
        assertNothingLostDuplicatedOrDeadLettered(finish("each service SIGKILLed 3 times", readinessFigures));
    }
}
