package dev.runstrength.planner.mapping;

import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.events.Prescription;
import dev.runstrength.contracts.events.ProgressionUpdate;
import dev.runstrength.contracts.model.Decision;
import dev.runstrength.contracts.model.FlagType;
import dev.runstrength.contracts.model.PainArea;
import dev.runstrength.planner.domain.Pain;
import dev.runstrength.planner.domain.ProgressionState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How planner-service merges tracking.progressions into the state a plan starts from. */
class HeldProgressionTest {

    private static final Instant T1 = Instant.parse("2026-11-24T18:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-26T18:00:00Z");

    private static ProgressionUpdate update(Instant at, List<ProgressionUpdate.Change> changes, List<ProgressionUpdate.Flag> flags) {
        return new ProgressionUpdate("r1", "w-" + at.getEpochSecond(), at, changes,
                new ProgressionUpdate.Adherence(2, 2, 1.0, 1), flags);
    }

    private static ProgressionUpdate.Change change(Decision decision, String from, int reps, String to, int toReps) {
        return new ProgressionUpdate.Change(from, decision, new Prescription(from, 2, reps, null, null),
                new Prescription(to, 2, toReps, null, null), decision + " " + to);
    }

    private static ProgressionUpdate.Flag pain(PainArea area) {
        return new ProgressionUpdate.Flag(FlagType.PAIN, area, "pain");
    }

    @Test
    void keepsTheLatestToPerExerciseAndFollowsLadderSteps() {
        HeldProgression held = HeldProgression.none()
                .merge(update(T1, List.of(change(Decision.PROGRESS, "double-leg-calf-raise", 20,
                        "single-leg-calf-raise", 12)), List.of()))
                .merge(update(T2, List.of(change(Decision.PROGRESS, "single-leg-calf-raise", 12,
                        "single-leg-calf-raise", 13)), List.of()));
        ProgressionState state = held.toDomain(null);
        assertThat(state.prescriptions()).containsOnlyKeys("double-leg-calf-raise", "single-leg-calf-raise");
        assertThat(state.prescriptions().values()).allSatisfy(p -> {
            assertThat(p.exerciseId()).isEqualTo("single-leg-calf-raise");
            assertThat(p.reps()).isEqualTo(13);
        });
        assertThat(state.reasons().get("double-leg-calf-raise")).isEqualTo("PROGRESS single-leg-calf-raise");
        assertThat(state.updatedAt()).isEqualTo(T2);
    }

    @Test
    void painFlagsLastUntilALaterUpdateWithoutThemOrANewerProfile() {
        ProgressionUpdate flagged = update(T1, List.of(), List.of(pain(PainArea.KNEE)));
        HeldProgression held = HeldProgression.none();
        assertThat(held.newFlags(flagged, null)).containsExactly(PainArea.KNEE);
        held = held.merge(flagged);
        assertThat(held.toDomain(T1.minusSeconds(1)).painFlags())
                .containsExactly(new Pain(dev.runstrength.planner.domain.PainArea.KNEE, HeldProgression.PAIN_FLAG_SEVERITY));
        assertThat(held.toDomain(T1.plusSeconds(1)).painFlags()).as("a newer profile clears it").isEmpty();

        ProgressionUpdate again = update(T2, List.of(), List.of(pain(PainArea.KNEE)));
        assertThat(held.newFlags(again, T1.minusSeconds(1))).as("still open").isEmpty();
        assertThat(held.newFlags(again, T1.plusSeconds(1))).as("open again after the profile").containsExactly(PainArea.KNEE);

        HeldProgression cleared = held.merge(update(T2, List.of(), List.of()));
        assertThat(cleared.toDomain(null).painFlags()).isEmpty();
    }

    private static ProgressionUpdate.Flag pain(PainArea area, int severity) {
        return new ProgressionUpdate.Flag(FlagType.PAIN, area, severity, "pain " + severity);
    }

    private static Pain domainPain(dev.runstrength.planner.domain.PainArea area, int severity) {
        return new Pain(area, severity);
    }

    @Test
    void aPainFlagIsAppliedAtTheSeverityItCarriesTheHighestWhenAnAreaIsFlaggedTwice() {
        HeldProgression held = HeldProgression.none().merge(update(T1, List.of(),
                List.of(pain(PainArea.KNEE, 5), pain(PainArea.KNEE, 7), pain(PainArea.HEEL, 3))));

        assertThat(held.toDomain(null).painFlags()).containsExactlyInAnyOrder(
                domainPain(dev.runstrength.planner.domain.PainArea.KNEE, 7),
                domainPain(dev.runstrength.planner.domain.PainArea.HEEL, 3));
    }

    @Test
    void aFlagWithoutSeverityOrStateStoredWithoutSeveritiesReadsAsTheCautionZone() {
        HeldProgression held = HeldProgression.none().merge(update(T1, List.of(), List.of(pain(PainArea.KNEE))));
        assertThat(held.toDomain(null).painFlags())
                .containsExactly(domainPain(dev.runstrength.planner.domain.PainArea.KNEE, HeldProgression.PAIN_FLAG_SEVERITY));

        String stored = "{\"updatedAt\":\"2026-11-24T18:00:00Z\",\"prescriptions\":{},\"reasons\":{},"
                + "\"painFlags\":{\"HEEL\":\"2026-11-24T18:00:00Z\"},\"otherFlags\":[]}";
        assertThat(ContractJson.read(stored, HeldProgression.class).toDomain(null).painFlags())
                .containsExactly(domainPain(dev.runstrength.planner.domain.PainArea.HEEL, HeldProgression.PAIN_FLAG_SEVERITY));
    }

    @Test
    void anOpenFlagAtAnotherSeverityCallsForANewPlanTheSameOneDoesNot() {
        HeldProgression held = HeldProgression.none().merge(update(T1, List.of(), List.of(pain(PainArea.KNEE, 4))));

        assertThat(held.newFlags(update(T2, List.of(), List.of(pain(PainArea.KNEE, 4))), null)).isEmpty();
        assertThat(held.newFlags(update(T2, List.of(), List.of(pain(PainArea.KNEE, 7))), null)).containsExactly(PainArea.KNEE);
        assertThat(held.newFlags(update(T2, List.of(), List.of(pain(PainArea.KNEE, 3))), null)).containsExactly(PainArea.KNEE);
        assertThat(held.newFlags(update(T2, List.of(), List.of(pain(PainArea.KNEE))), null))
                .as("no severity reads as 4, the one held").isEmpty();
    }

    @Test
    void onlyAChangeThatIsNotHoldCallsForAPlan() {
        assertThat(HeldProgression.changesAnything(update(T1, List.of(change(Decision.HOLD, "plank", 10, "plank", 10)),
                List.of()))).isFalse();
        assertThat(HeldProgression.changesAnything(update(T1, List.of(change(Decision.HOLD, "plank", 10, "plank", 10),
                change(Decision.REGRESS, "lunge", 10, "split-squat", 8)), List.of()))).isTrue();
    }

    @Test
    void anotherFlagIsNewOnlyWhenTheLastUpdateDidNotRaiseIt() {
        ProgressionUpdate.Flag asymmetry = new ProgressionUpdate.Flag(FlagType.ASYMMETRY, null, "left side 15 % behind");
        ProgressionUpdate flagged = update(T1, List.of(), List.of(asymmetry));
        HeldProgression held = HeldProgression.none();
        assertThat(held.newOtherFlags(flagged)).containsExactly("ASYMMETRY");
        held = held.merge(flagged);
        assertThat(held.newOtherFlags(update(T2, List.of(), List.of(asymmetry)))).as("raised again").isEmpty();
        assertThat(held.newOtherFlags(update(T2, List.of(), List.of(pain(PainArea.KNEE))))).as("PAIN is counted apart")
                .isEmpty();
        held = held.merge(update(T2, List.of(), List.of()));
        assertThat(held.newOtherFlags(flagged)).as("new again after an update without it").containsExactly("ASYMMETRY");
    }

    @Test
    void survivesTheStoredJson() {
        HeldProgression held = HeldProgression.none().merge(update(T1,
                List.of(change(Decision.PROGRESS, "plank", 10, "plank", 12)), List.of(pain(PainArea.HEEL, 6),
                        new ProgressionUpdate.Flag(FlagType.OVERREACHING, null, "RPE 9 twice"))));
        assertThat(ContractJson.read(ContractJson.write(held), HeldProgression.class)).isEqualTo(held);
    }

    @Test
    void readsStateStoredBeforeOtherFlagsWereKept() {
        String stored = "{\"updatedAt\":\"2026-11-24T18:00:00Z\",\"prescriptions\":{},\"reasons\":{},\"painFlags\":{}}";
        assertThat(ContractJson.read(stored, HeldProgression.class).otherFlags()).isEmpty();
    }
}
