package dev.runstrength.catalog.domain;

import static dev.runstrength.catalog.domain.ExerciseBuilder.byId;
import static dev.runstrength.catalog.domain.ExerciseBuilder.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueIntegrityTest {

    @Test
    void aValidCandidatePassesEveryRule() {
        Exercise easier = exercise("glute-bridge").progressions("single-leg-glute-bridge").build();
        Exercise candidate = exercise("single-leg-glute-bridge").regressions("glute-bridge").build();
        assertThat(CatalogueIntegrity.check(candidate, byId(easier))).isEmpty();
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        Exercise candidate = exercise("Bad Id").reps(3, 12, 8).progressions("ghost").build();
        assertThat(CatalogueIntegrity.check(candidate, byId()))
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("id", "prescription.repsMax", "progressions[0]");
    }

    @Test
    void checksMuscleIdsWhenTheMusclesAreGiven() {
        Exercise candidate = exercise("a").primaryMuscles("BICEPS").build();
        List<Muscle> muscles = List.of(new Muscle("GLUTEUS_MAXIMUS", "Gluteus maximus", MuscleGroup.GLUTES,
                List.of(RunningRole.STRIDE_LENGTH)));
        assertThat(CatalogueIntegrity.check(candidate, byId())).isEmpty();
        assertThat(CatalogueIntegrity.check(candidate, byId(), muscles)).extracting(Violation::field)
                .containsExactly("primaryMuscles[0]");
    }

    @Test
    void checkAllPrefixesTheExerciseAndFindsDuplicates() {
        Exercise a = exercise("a").progressions("b").build();
        Exercise brokenB = exercise("b").reps(3, 12, 8).build();
        Exercise duplicateA = exercise("a").build();
        assertThat(CatalogueIntegrity.checkAll(List.of(a, brokenB, duplicateA)))
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("exercises[a].id", "exercises[b].prescription.repsMax");
        assertThat(CatalogueIntegrity.checkAll(List.of(a, exercise("b").build()))).isEmpty();
    }

    @Test
    void aWriteOfSeveralExercisesIsStoppedOnlyByWhatItBreaks() {
        Exercise legacy = exercise("legacy").noLoads().build(); // written through the API before loads existed
        Exercise a = exercise("a").build();
        Exercise aBroken = exercise("a").reps(3, 12, 8).build();

        assertThat(CatalogueIntegrity.checkAll(List.of(legacy))).extracting(Violation::field)
                .containsExactly("exercises[legacy].loads");
        assertThat(CatalogueIntegrity.introducedBy(List.of(legacy, a), List.of(legacy, a, exercise("b").build())))
                .isEmpty();
        assertThat(CatalogueIntegrity.introducedBy(List.of(legacy, a), List.of(legacy, aBroken)))
                .extracting(Violation::field).containsExactly("exercises[a].prescription.repsMax");
        assertThat(CatalogueIntegrity.introducedBy(List.of(a), List.of(a, legacy)))
                .extracting(Violation::field).containsExactly("exercises[legacy].loads");
    }

    @Test
    void theV11RulesAreListed() {
        assertThat(CatalogueIntegrity.RULES).extracting(rule -> rule.getClass().getSimpleName())
                .contains("LoadsDeclared", "FootStrikeLoadsTheLowerLeg", "KneelingLoadsKnee",
                        "ContraindicationsAreLoaded", "DoseFitsFootContactCap");
    }

    @Test
    void checkAllOfACatalogueChecksTheMuscleList() {
        Muscle unnamed = new Muscle("SOLEUS", " ", MuscleGroup.CALVES, null);
        Muscle lowerCase = new Muscle("soleus", "Soleus", null, List.of());
        Catalogue catalogue = new Catalogue(1, List.of(unnamed, lowerCase),
                List.of(exercise("a").primaryMuscles("SOLEUS").build()));
        assertThat(CatalogueIntegrity.checkAll(catalogue)).extracting(Violation::field)
                .containsExactlyInAnyOrder("muscles[SOLEUS].name", "muscles[soleus].id", "muscles[soleus].group");
    }
}
