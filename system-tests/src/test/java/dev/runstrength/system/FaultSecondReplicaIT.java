package dev.runstrength.system;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A second tracking replica (a second pod, same consumer groups) joining in the middle of the load,
 * then leaving again: its partitions move to it and back while workouts keep coming.
 */
class FaultSecondReplicaIT extends FaultScenario {

    @Test
    void aReplicaJoiningAndLeavingMidStreamLosesNothingAndDuplicatesNothing() throws InterruptedException {
        begin("second-replica", false);
        startLoad();
        sleep(Duration.ofSeconds(5));

        faultStart = now();
        system.startInstance("tracking-2", "tracking", Map.of());
        long joined = now();
        sleep(Duration.ofSeconds(10));
        system.stopInstance("tracking-2");
        faultEnd = now();
        sleep(Duration.ofSeconds(5));
        load.stop();

        String readinessFigures = String.format(Locale.ROOT, "tracking-2 ready %.1f s after its start; ",
                seconds(joined - faultStart)) + "others stay UP";
        assertNothingLostDuplicatedOrDeadLettered(finish("second tracking replica joins for 10 s", readinessFigures));
        org.assertj.core.api.Assertions.assertThat(SERVICES)
                .allSatisfy(service -> org.assertj.core.api.Assertions.assertThat(readiness.isUp(service)).as(service).isTrue());
    }
}
