package dev.runstrength.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * 1,000 malformed records (unparseable, breaking the contract, without a key; on profiles and workouts)
 * mixed one for one into 1,000 valid ones.
 */
class FaultMalformedIT extends FaultScenario {

    private static final int VALID = 1_000;

    @Test
    void everyMalformedRecordIsDeadLetteredWithAReasonAndEveryValidOneGoesThrough() throws InterruptedException {
        begin("malformed", true);
        load.limit(VALID);
        faultStart = now();
        startLoad();
        load.awaitDone();
        faultEnd = now();

        FaultFigures figures = finish("1,000 malformed among 1,000 valid", "stays UP");
        assertThat(figures.malformedIn()).isEqualTo(VALID);
        assertNothingLostDuplicatedOrDeadLettered(figures);
        assertThat(SERVICES).allSatisfy(service -> assertThat(readiness.isUp(service)).as(service + " ready").isTrue());
    }
}
