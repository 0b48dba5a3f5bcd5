package dev.runstrength.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;

/** The pure records carry no Jackson annotations; this proves Jackson reads them anyway. */
class JacksonMappingTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private static final String MINIMAL = """
            {"id": "plank", "name": "Plank", "version": 1, "status": "ACTIVE", "phases": ["STRENGTHEN"],
             "purposes": ["STRENGTH_ENDURANCE"], "bodyAreas": ["CORE"], "primaryMuscles": ["RECTUS_ABDOMINIS"],
             "minLevel": "%s", "unilateral": false, "equipment": [], "impact": "NONE",
             "prescription": {"sets": 3, "repsMin": null, "repsMax": null, "holdSeconds": 30, "perSide": false,
                              "tempo": null, "restSeconds": 30},
             "contraindications": [], "progressions": [], "regressions": [], "cues": [], "cautions": [],
             "sources": [{"title": "Strength notes for runners (seed 004)", "url": null}]}
            """;

    @Test
    void readsTheSeedFileIntoRecords() {
        Catalogue catalogue = SeedFile.load();
        Exercise calfRaise = catalogue.exercise("single-leg-calf-raise").orElseThrow();
        assertThat(calfRaise.minLevel()).isEqualTo(Level.BEGINNER);
        assertThat(calfRaise.prescription()).isEqualTo(new Prescription(3, 12, 15, null, true, "3-0-1-0", 60, null));
        assertThat(calfRaise.regressions()).containsExactly("double-leg-calf-raise");
        assertThat(calfRaise.sources()).first()
                .isEqualTo(new Source("Strength notes for runners (seed 004)", "https://www.youtube.com/watch?v=c5Kv6-fnTj8"));
        assertThat(catalogue.musclesById().get("ILIOPSOAS").runningRoles()).containsExactly(RunningRole.CADENCE);
    }

    @Test
    void readsAContractOnlyExerciseWithoutOurOptionalFields() throws Exception {
        Exercise plank = mapper.readValue(MINIMAL.formatted("BEGINNER"), Exercise.class);
        assertThat(plank.prescription().holdSeconds()).isEqualTo(30);
        assertThat(plank.prescription().loadKg()).isNull();
        assertThat(plank.pattern()).isNull();
        assertThat(plank.secondaryMuscles()).isEmpty();
        assertThat(plank.loads()).isEmpty();
        assertThat(plank.kneeling()).isFalse();
        // v1.1: a catalogue write must say what the exercise loads; everything else about it is valid
        assertThat(CatalogueIntegrity.check(plank, java.util.Map.of())).extracting(Violation::field)
                .containsExactly("loads");
    }

    @Test
    void readsLoadsByPainArea() throws Exception {
        String withLoads = MINIMAL.formatted("BEGINNER").replace("\"contraindications\": [],",
                "\"contraindications\": [], \"loads\": {\"LOWER_BACK\": \"LOW\", \"CALF\": \"MODERATE\"},");
        Exercise plank = mapper.readValue(withLoads, Exercise.class);
        assertThat(plank.loads()).containsExactly(java.util.Map.entry(PainArea.CALF, LoadLevel.MODERATE),
                java.util.Map.entry(PainArea.LOWER_BACK, LoadLevel.LOW));
        assertThat(CatalogueIntegrity.check(plank, java.util.Map.of())).isEmpty();
    }

    @Test
    void anUnknownEnumValueIsRejectedNamingTheField() {
        assertThatThrownBy(() -> mapper.readValue(MINIMAL.formatted("EXPERT"), Exercise.class))
                .isInstanceOf(InvalidFormatException.class)
                .satisfies(error -> assertThat(((InvalidFormatException) error).getPath())
                        .extracting(reference -> reference.getFieldName())
                        .containsExactly("minLevel"))
                .hasMessageContaining("EXPERT");
    }

    @Test
    void writesWhatItReads() throws Exception {
        Exercise original = SeedFile.load().exercise("goblet-squat").orElseThrow();
        Exercise roundTrip = mapper.readValue(mapper.writeValueAsString(original), Exercise.class);
        assertThat(roundTrip).isEqualTo(original);
    }
}
