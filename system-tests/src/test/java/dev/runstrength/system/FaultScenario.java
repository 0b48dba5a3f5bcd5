package dev.runstrength.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.EventKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;

/**
 * One fault scenario of issue 15: the packaged services under a steady load from a running app's
 * backend, a fault while it runs, and then the counts of what went in and what came out. Tagged
 * {@code faults}: they run in a Failsafe execution (and JVM, and system) of their own, after the other
 * system tests, and {@code -DskipFaults} leaves them out.
 */
@Tag("faults")
abstract class FaultScenario extends SystemTest {

    static final List<String> SERVICES = List.of("catalog", "planner", "tracking");
    static final int EVENTS_PER_SECOND = 50;
    static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(4);

    protected final RunningSystem system = RunningSystem.get();
    protected FaultLoad load;
    protected FaultOutcomes outcomes;
    protected ReadinessWatch readiness;
    protected long faultStart;
    protected long faultEnd;
    private String loadAtStart;

    /** Starts watching the outputs and readiness, then the load. */
    protected void begin(String scenario, boolean withMalformed) {
        String run = Runners.newId("fault-" + scenario);
        loadAtStart = FaultFigures.currentLoad();
        outcomes = new FaultOutcomes(system, run);
        readiness = new ReadinessWatch(system, SERVICES);
        load = new FaultLoad(system, run, EVENTS_PER_SECOND, withMalformed);
    }

    protected void startLoad() {
        load.start();
    }

    @AfterEach
    void stopWatching() throws InterruptedException {
        if (load != null) {
            load.close();
        }
        if (outcomes != null) {
            outcomes.close();
        }
        if (readiness != null) {
            readiness.close();
        }
    }

    protected static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    protected static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /**
     * Waits until every valid record sent has its output and every malformed one its dead letter (or the
     * timeout passes), then counts.
     */
    protected FaultFigures finish(String scenario, String readinessFigures) throws InterruptedException {
        List<FaultLoad.Valid> valid = load.valid();
        List<FaultLoad.Malformed> malformed = load.malformed();
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && (missing(valid) > 0 || undeadLettered(malformed) > 0)) {
            Thread.sleep(250);
        }
        Thread.sleep(3_000); // a duplicate would come shortly after its original: give it the chance

        Set<String> validRunners = new HashSet<>();
        Set<String> subjects = new HashSet<>();
        long lastOutputSeen = faultEnd;
        for (FaultLoad.Valid record : valid) {
            validRunners.add(record.runnerId());
            subjects.add(subject(record));
            FaultOutcomes.Output output = output(record);
            if (output != null && record.sentAt() <= faultEnd) {
                lastOutputSeen = Math.max(lastOutputSeen, output.firstSeen);
            }
        }
        int out = valid.size() - missing(valid);
        int duplicates = 0;
        int redelivered = 0;
        int unexpected = 0;
        for (Map<String, FaultOutcomes.Output> outputs : List.of(outcomes.plans(), outcomes.progressions())) {
            for (Map.Entry<String, FaultOutcomes.Output> entry : outputs.entrySet()) {
                FaultOutcomes.Output output = entry.getValue();
                duplicates += output.eventIds.size() - 1;
                redelivered += output.records - output.eventIds.size();
                if (!subjects.contains(entry.getKey())) {
                    unexpected++;
                }
            }
        }
        int validDeadLettered = 0;
        for (List<FaultOutcomes.DeadLetter> letters : outcomes.deadLetters().values()) {
            validDeadLettered += (int) letters.stream().filter(l -> l.key() != null && validRunners.contains(l.key())).count();
        }
        int malformedDeadLettered = malformed.size() - undeadLettered(malformed);
        int withoutReason = (int) malformed.stream().map(FaultScenario::position)
                .filter(p -> outcomes.deadLetters().containsKey(p))
                .filter(p -> outcomes.deadLetters().get(p).stream().anyMatch(l -> l.reason() == null || l.reason().isBlank()))
                .count();
        FaultFigures figures = new FaultFigures(scenario, load.rate(), load.failed(), valid.size(), out, valid.size() - out, validDeadLettered,
                duplicates, redelivered, unexpected, malformed.size(), malformedDeadLettered, withoutReason,
                readinessFigures, seconds(lastOutputSeen - faultEnd), loadAtStart + " / " + FaultFigures.currentLoad());
        figures.record(system);
        return figures;
    }

    /** The issue's Done-when, for every scenario. */
    protected static void assertNothingLostDuplicatedOrDeadLettered(FaultFigures figures) {
        assertThat(figures.validIn()).as("records sent").isPositive();
        assertThat(figures.sendsFailed()).as("sends the broker never acknowledged").isZero();
        assertThat(figures.lost()).as("valid records lost").isZero();
        assertThat(figures.validDeadLettered()).as("valid records dead-lettered").isZero();
        assertThat(figures.duplicates()).as("duplicated effects (two event ids for one workout or profile change)").isZero();
        assertThat(figures.unexpected()).as("outputs answering no record sent").isZero();
        assertThat(figures.malformedDeadLettered()).as("malformed records in the DLQ").isEqualTo(figures.malformedIn());
        assertThat(figures.malformedWithoutReason()).as("dead letters without a reason").isZero();
    }

    /** Each service seen DOWN between the fault's start and its end, and UP after it; as figures. */
    protected String assertDownDuringAndUpAfter(List<String> services, Duration upWithin) throws InterruptedException {
        long deadline = System.nanoTime() + upWithin.toNanos();
        while (System.nanoTime() < deadline && !services.stream().allMatch(s -> readiness.firstUp(s, faultEnd).isPresent())) {
            Thread.sleep(200);
        }
        List<String> figures = new ArrayList<>();
        for (String service : services) {
            ReadinessWatch.Change down = readiness.firstDown(service, faultStart).orElse(null);
            assertThat(down).as("%s DOWN during the fault", service).isNotNull();
            assertThat(down.at()).as("%s DOWN before the fault ended", service).isLessThanOrEqualTo(faultEnd);
            ReadinessWatch.Change up = readiness.firstUp(service, faultEnd).orElse(null);
            assertThat(up).as("%s UP again within %s of the fault's end", service, upWithin).isNotNull();
            figures.add(String.format(Locale.ROOT, "%s DOWN +%.1f s, UP +%.1f s", service,
                    seconds(down.at() - faultStart), seconds(up.at() - faultEnd)));
            System.out.printf("readiness of %s: first DOWN answer: %s%n", service, down.body());
        }
        return String.join("; ", figures);
    }

    private int missing(List<FaultLoad.Valid> valid) {
        int missing = 0;
        for (FaultLoad.Valid record : valid) {
            if (output(record) == null) {
                missing++;
            }
        }
        return missing;
    }

    private int undeadLettered(List<FaultLoad.Malformed> malformed) {
        return (int) malformed.stream().filter(m -> !outcomes.deadLetters().containsKey(position(m))).count();
    }

    private FaultOutcomes.Output output(FaultLoad.Valid record) {
        return (record.kind() == EventKind.RUNNER_PROFILE_UPDATED ? outcomes.plans() : outcomes.progressions())
                .get(subject(record));
    }

    private static String subject(FaultLoad.Valid record) {
        return FaultOutcomes.subject(record.runnerId(), record.subject());
    }

    private static String position(FaultLoad.Malformed m) {
        return m.topic() + "/" + m.partition() + "@" + m.offset();
    }

    protected static long now() {
        return System.nanoTime();
    }

    protected static long elapsedMillis(long since) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
    }
}
