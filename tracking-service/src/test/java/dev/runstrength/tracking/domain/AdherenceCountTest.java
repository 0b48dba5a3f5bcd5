package dev.runstrength.tracking.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static dev.runstrength.tracking.domain.Histories.START;
import static dev.runstrength.tracking.domain.Histories.date;
import static dev.runstrength.tracking.domain.Histories.day;
import static dev.runstrength.tracking.domain.Histories.planned;
import static dev.runstrength.tracking.domain.Histories.replay;
import static dev.runstrength.tracking.domain.Histories.reps;
import static dev.runstrength.tracking.domain.Histories.workout;
import static org.assertj.core.api.Assertions.assertThat;

class AdherenceCountTest {

    /** Two sessions a week for three weeks: s1 day 0, s2 day 3, s3 day 7, s4 day 10, s5 day 14, s6 day 17. */
    private static final PlanView PLAN = new PlanView("p1", START.minus(Duration.ofDays(1)), RunnerLevel.BEGINNER,
            date(0), List.of(
                    session("s1", 0), session("s2", 3), session("s3", 7),
                    session("s4", 10), session("s5", 14), session("s6", 17)));

    private static PlannedSession session(String id, int day) {
        return new PlannedSession("p1", id, date(day), List.of(Prescription.ofReps("glute-bridge", 2, 10)));
    }

    @Test
    void plannedCountsSessionsDatedUpToTheWorkoutsDayInclusive() {
        assertThat(AdherenceCount.count(PLAN, Set.of("s1"), date(2)).plannedSessions()).isEqualTo(1);
        assertThat(AdherenceCount.count(PLAN, Set.of("s1"), date(3)).plannedSessions()).isEqualTo(2);
    }

    @Test
    void rateIsCompletedOverPlannedCappedAtOne() {
        Adherence half = AdherenceCount.count(PLAN, Set.of("s1"), date(3));
        Adherence ahead = AdherenceCount.count(PLAN, Set.of("s1", "s2"), date(2));

        assertThat(half.rate()).isEqualTo(0.5);
        assertThat(ahead.completedSessions()).isEqualTo(2);
        assertThat(ahead.rate()).isEqualTo(1.0);
        assertThat(AdherenceCount.count(PLAN, Set.of(), date(-1)).rate()).isZero();
    }

    @Test
    void aSessionDoneBeforeAnyIsDueIsAheadOfThePlanNotBehindIt() {
        // the plan starts next week and the runner did session A already: 100 %, as one done early counts later
        Adherence early = AdherenceCount.count(PLAN, Set.of("s1"), date(-3));

        assertThat(early.plannedSessions()).isZero();
        assertThat(early.completedSessions()).isEqualTo(1);
        assertThat(early.rate()).isEqualTo(1.0);
    }

    @Test
    void sessionIdsOfOtherPlansAreNotCounted() {
        assertThat(AdherenceCount.count(PLAN, Set.of("s1", "x9"), date(3)).completedSessions()).isEqualTo(1);
    }

    @Test
    void streakCountsWholeWeeksBackFromTheLatestClosedOne() {
        Set<String> allButS2 = Set.of("s1", "s3", "s4", "s5");
        Set<String> all = Set.of("s1", "s2", "s3", "s4", "s5", "s6");

        assertThat(AdherenceCount.count(PLAN, Set.of("s1", "s2"), date(6)).streakWeeks()).isEqualTo(1);
        assertThat(AdherenceCount.count(PLAN, Set.of("s1", "s2"), date(5)).streakWeeks())
                .as("a week whose sessions are all done counts before it ends").isEqualTo(1);
        assertThat(AdherenceCount.count(PLAN, Set.of("s1"), date(5)).streakWeeks())
                .as("the week in progress neither counts nor breaks").isZero();
        assertThat(AdherenceCount.count(PLAN, allButS2, date(14)).streakWeeks())
                .as("week 1 missed s2, week 2 whole, week 3 in progress").isEqualTo(1);
        assertThat(AdherenceCount.count(PLAN, Set.of("s1", "s2", "s4"), date(14)).streakWeeks())
                .as("week 2 missed s3 breaks the streak").isZero();
        assertThat(AdherenceCount.count(PLAN, all, date(17)).streakWeeks()).isEqualTo(3);
        assertThat(AdherenceCount.count(PLAN, all, date(60)).streakWeeks()).isEqualTo(3);
    }

    @Test
    void theEngineCountsDistinctPlannedSessionsOfTheWorkoutsPlan() {
        Replay replay = replay(PLAN,
                planned("w1", day(0), "p1", "s1", reps("glute-bridge", 10, 10)),
                planned("w2", day(1), "p1", "s1", reps("glute-bridge", 10, 10)),
                planned("w3", day(3), "p1", "s2", reps("glute-bridge", 10, 10)));

        assertThat(replay.updates().get("w2").adherence()).isEqualTo(new Adherence(1, 1, 1.0, 0));
        assertThat(replay.updates().get("w3").adherence()).isEqualTo(new Adherence(2, 2, 1.0, 1));
    }

    @Test
    void anUnplannedWorkoutIsMeasuredAgainstThePlanCurrentAtThatTime() {
        Replay replay = replay(PLAN,
                planned("w1", day(0), "p1", "s1", reps("glute-bridge", 10, 10)),
                workout("w2", day(8), reps("glute-bridge", 10, 10)));

        assertThat(replay.updates().get("w2").adherence()).isEqualTo(new Adherence(3, 1, 1.0 / 3, 0));
    }

    @Test
    void withoutAnyPlanAdherenceIsZero() {
        Replay replay = replay(workout("w1", day(0), reps("glute-bridge", 10, 10)));

        assertThat(replay.updates().get("w1").adherence()).isEqualTo(Adherence.NONE);
    }
}
