package dev.runstrength.planner.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN rule 11 (v1.1): a PAIN flag carries the reported severity, and rule 5 applies it at that severity. */
class PainFlagSeverityTest {

    private static final Instant AT = Instant.parse("2026-11-21T18:00:00Z");

    private static Plan plan(RunnerProfile profile, Pain... flags) {
        return new PlanGenerator().generate(new PlanRequest(profile, PlannerSeed.load(),
                new ProgressionState(AT, Map.of(), List.of(flags)), Runners.TODAY, Runners.GENERATED, "p1"));
    }

    private static List<String> codes(Plan plan) {
        return plan.rationale().stream().map(Rationale::code).toList();
    }

    @Test
    void theFlagsSeverityJoinsTheProfilesPainTheWorseWinning() {
        PainPicture picture = PainPicture.of(List.of(new Pain(PainArea.KNEE, 3)),
                List.of(new Pain(PainArea.KNEE, 7), new Pain(PainArea.HEEL, 2)));

        assertThat(picture.severity(PainArea.KNEE)).isEqualTo(7);
        assertThat(picture.severity(PainArea.HEEL)).isEqualTo(2);
        assertThat(PainPicture.of(List.of(new Pain(PainArea.KNEE, 6)), List.of(new Pain(PainArea.KNEE, 4)))
                .severity(PainArea.KNEE)).isEqualTo(6);
    }

    @Test
    void aFlagActsExactlyAsProfilePainAtItsSeverity() {
        for (int severity : new int[] {2, 4, 7}) {
            RunnerProfile flagged = Runners.beginner();
            RunnerProfile hurting = withPain(flagged, new Pain(PainArea.KNEE, severity));

            assertThat(plan(flagged, new Pain(PainArea.KNEE, severity)).weeks()).as("knee " + severity)
                    .isEqualTo(plan(hurting).weeks());
        }
    }

    @Test
    void aSevereFlagActsAsSeverePainAndAMildOneDoesNotExclude() {
        Plan severe = plan(Runners.beginner(), new Pain(PainArea.KNEE, 7));
        Plan caution = plan(Runners.beginner(), new Pain(PainArea.KNEE, 4));
        Plan mild = plan(Runners.beginner(), new Pain(PainArea.KNEE, 2));

        assertThat(codes(severe)).contains(PainRule.CODE_KNEE, PainRule.CODE_SEVERE);
        assertThat(codes(caution)).contains(PainRule.CODE_KNEE).doesNotContain(PainRule.CODE_SEVERE);
        assertThat(codes(mild)).doesNotContain(PainRule.CODE_KNEE, PainRule.CODE_SEVERE);
        assertThat(PlanPropertiesTest.sessions(caution)).flatExtracting(PlanPropertiesTest::all)
                .allSatisfy(pe -> assertThat(PlannerSeed.load().find(pe.exerciseId()).orElseThrow().deepKneeFlexion())
                        .as(pe.exerciseId()).isFalse());
    }

    private static RunnerProfile withPain(RunnerProfile p, Pain pain) {
        return new RunnerProfile(p.runnerId(), p.updatedAt(), p.level(), p.goal(), p.weeklyRunningKm(), p.sessionsPerWeek(),
                p.minutesPerSession(), p.equipment(), p.runDays(), p.raceDate(), List.of(pain), p.avoidJumping(),
                p.startDate());
    }
}
