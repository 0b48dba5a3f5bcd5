package dev.runstrength.planner.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.model.Level;
import dev.runstrength.planner.domain.BlockPhase;
import dev.runstrength.planner.domain.Catalogue;
import dev.runstrength.planner.domain.Plan;
import dev.runstrength.planner.domain.PlanGenerator;
import dev.runstrength.planner.domain.PlanRequest;
import dev.runstrength.planner.domain.PlannerSeed;
import dev.runstrength.planner.domain.PreviousPlan;
import dev.runstrength.planner.domain.Profiles;
import dev.runstrength.planner.domain.ProgressionState;
import dev.runstrength.planner.domain.RunnerProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The continuation record stored beside a plan gives a replan exactly what it got from the plan's published JSON
 * before the record was kept: the same {@link PreviousPlan}, for plans of random valid profiles and for their replans.
 */
class ContinuationRecordTest {

    private static final Catalogue SEED = PlannerSeed.load();
    private static final PlanGenerator GENERATOR = new PlanGenerator();
    private static final Instant GENERATED = Instant.parse("2026-11-22T08:00:05Z");
    private static final int EXAMPLES = 500;

    @Test
    void theRecordDecodesToWhatThePublishedPlanGivesAReplan() {
        AtomicInteger longest = new AtomicInteger();
        qt().withExamples(EXAMPLES).forAll(Profiles.valid(), range(0, 40)).checkAssert((profile, days) -> {
            Plan first = plan(profile, null, "p0");
            // a replan continuing it (block start carried over, or a new block after a race) is a plan of its own shape
            Plan replan = plan(startingOn(profile, start(profile).plusDays(days)), PreviousPlan.of(first), "p1");
            for (Plan plan : List.of(first, replan)) {
                TrainingPlan event = PlanMapping.toEvent(plan, Enums.byName(profile.level(), Level.class));
                String stored = ContinuationRecord.encode(PlanMapping.toPrevious(event, plan.blockStart()));
                longest.accumulateAndGet(stored.length(), Math::max);

                PreviousPlan fromPayload = PlanMapping.toPrevious(
                        ContractJson.read(ContractJson.write(event), TrainingPlan.class), plan.blockStart());
                PreviousPlan fromRecord = ContinuationRecord.decode(stored);

                assertThat(fromRecord).isEqualTo(fromPayload).isEqualTo(PreviousPlan.of(plan));
                assertThat(fromRecord.slots().values()).allSatisfy(places -> assertThat(places).doesNotHaveDuplicates());
            }
        });
        // kept under PostgreSQL's 2 KB TOAST threshold, the column is stored inline and never compressed
        assertThat(longest.get()).as("longest record").isBetween(100, 2000);
    }

    @Test
    void keepsTheOrderOfPlacesANullBlockStartAndIdsThatNeedEscaping() {
        PreviousPlan previous = new PreviousPlan(null, LocalDate.parse("2026-12-20"), Map.of(
                "quote\"and\\slash", List.of(new PreviousPlan.Place("Session B", BlockPhase.STRENGTHEN, true),
                        new PreviousPlan.Place("Session A", BlockPhase.PREPARE, false)),
                "ünïcödé,[x]", List.of(new PreviousPlan.Place("Session \"A\"", BlockPhase.RECOVER, false))));

        PreviousPlan decoded = ContinuationRecord.decode(ContinuationRecord.encode(previous));

        assertThat(decoded).isEqualTo(previous);
        assertThat(decoded.slots().get("quote\"and\\slash")).extracting(PreviousPlan.Place::session)
                .containsExactly("Session B", "Session A");
    }

    @Test
    void refusesAnotherLayoutRatherThanGuessing() {
        String stored = ContinuationRecord.encode(new PreviousPlan(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-12-20"),
                Map.of("plank", List.of(new PreviousPlan.Place("Session A", BlockPhase.STRENGTHEN, false)))));

        assertThat(ContinuationRecord.decode(stored).blockStart()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThatThrownBy(() -> ContinuationRecord.decode(stored.replace("\"v\":1", "\"v\":2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 1");
        assertThat(stored).contains("\"plank\":\"0S\"");
        for (String place : List.of("0X", "1S", "S", "0", "0S,", "0S!!", "0S;1S")) {
            assertThatThrownBy(() -> ContinuationRecord.decode(stored.replace("\"0S\"", "\"" + place + "\"")))
                    .as(place).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ContinuationRecord.decode("{\"v\":1}")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Plan plan(RunnerProfile profile, PreviousPlan previous, String id) {
        return GENERATOR.generate(new PlanRequest(profile, SEED, ProgressionState.empty(), Profiles.TODAY, GENERATED, id, previous));
    }

    private static LocalDate start(RunnerProfile p) {
        return p.startDate() != null ? p.startDate() : Profiles.TODAY.plusDays(1);
    }

    private static RunnerProfile startingOn(RunnerProfile p, LocalDate start) {
        return new RunnerProfile(p.runnerId(), p.updatedAt(), p.level(), p.goal(), p.weeklyRunningKm(), p.sessionsPerWeek(),
                p.minutesPerSession(), p.equipment(), p.runDays(), p.raceDate(), p.painAreas(), p.avoidJumping(), start);
    }
}
