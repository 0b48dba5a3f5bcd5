package dev.runstrength.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class LadderPropertiesTest {

    private final Map<String, Exercise> seed = SeedCatalogue.load().exercisesById();

    @Provide
    Arbitrary<String> seedIds() {
        return Arbitraries.of(List.copyOf(SeedCatalogue.load().exercisesById().keySet()));
    }

    @Property
    void everyLadderLinkResolvesToAnActiveExercise(@ForAll("seedIds") String id) {
        Exercise exercise = seed.get(id);
        List<String> links = new ArrayList<>(exercise.progressions());
        links.addAll(exercise.regressions());
        assertThat(links).allSatisfy(link -> {
            assertThat(seed).containsKey(link);
            assertThat(seed.get(link).active()).isTrue();
        });
    }

    @Property
    void climbingTheLadderNeverReturnsToTheStartAndNeverGetsEasier(@ForAll("seedIds") String id) {
        Set<String> seen = new HashSet<>();
        Deque<String> open = new ArrayDeque<>(List.of(id));
        while (!open.isEmpty()) {
            Exercise current = seed.get(open.poll());
            for (String harder : current.progressions()) {
                assertThat(harder).as("a progression path from %s comes back to it", id).isNotEqualTo(id);
                Exercise next = seed.get(harder);
                assertThat(next.minLevel().compareTo(current.minLevel()) >= 0
                        || ProgressionNotEasier.addsLoad(next, current))
                        .as("%s is not easier than %s", harder, current.id()).isTrue();
                if (seen.add(harder)) {
                    open.add(harder);
                }
            }
        }
        assertThat(seen.size()).isLessThan(seed.size());
    }

    @Property
    void descendingTheLadderNeverReturnsToTheStart(@ForAll("seedIds") String id) {
        Set<String> seen = new HashSet<>();
        Deque<String> open = new ArrayDeque<>(List.of(id));
        while (!open.isEmpty()) {
            for (String easier : seed.get(open.poll()).regressions()) {
                assertThat(easier).as("a regression path from %s comes back to it", id).isNotEqualTo(id);
                if (seen.add(easier)) {
                    open.add(easier);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Integer>> chainWithBackEdge() {
        return Arbitraries.integers().between(2, 8).flatMap(length -> Combinators.combine(
                Arbitraries.just(length), Arbitraries.integers().between(0, length - 1))
                .as((size, target) -> List.of(size, target)));
    }

    /** Any chain of progressions closed by a link from its top back to one of its steps is a cycle. */
    @Property
    void aLinkFromTheTopOfAChainBackIntoItIsAlwaysRejected(@ForAll("chainWithBackEdge") List<Integer> shape,
            @ForAll boolean viaRegression) {
        int length = shape.get(0);
        int target = shape.get(1);
        Map<String, Exercise> chain = new java.util.LinkedHashMap<>();
        for (int i = 0; i < length - 1; i++) {
            chain.put("step-" + i, ExerciseBuilder.exercise("step-" + i).progressions("step-" + (i + 1)).build());
        }
        String top = "step-" + (length - 1);
        String back = "step-" + target;
        Exercise acyclicTop = ExerciseBuilder.exercise(top).build();
        Map<String, Exercise> closed = new java.util.LinkedHashMap<>(chain);
        Exercise candidate;
        if (viaRegression && target < length - 1) {
            // the back edge is written on the lower step: "top is one of my regressions"
            closed.put(back, ExerciseBuilder.exercise(back).progressions("step-" + (target + 1)).regressions(top).build());
            candidate = acyclicTop;
        } else if (viaRegression) {
            candidate = ExerciseBuilder.exercise(top).regressions(top).build();
        } else {
            candidate = ExerciseBuilder.exercise(top).progressions(back).build();
        }
        assertThat(new LaddersAcyclic().check(acyclicTop, chain)).isEmpty();
        assertThat(new LaddersAcyclic().check(candidate, closed)).hasSize(1);
    }

    @Property
    void aChainOfAnyLengthIsAccepted(@ForAll @IntRange(min = 1, max = 12) int length) {
        Map<String, Exercise> chain = new java.util.LinkedHashMap<>();
        for (int i = 0; i < length; i++) {
            ExerciseBuilder step = ExerciseBuilder.exercise("step-" + i);
            if (i > 0) {
                step.regressions("step-" + (i - 1));
            }
            if (i < length - 1) {
                step.progressions("step-" + (i + 1));
            }
            chain.put("step-" + i, step.build());
        }
        assertThat(CatalogIntegrity.checkAll(chain.values())).isEmpty();
    }
}
