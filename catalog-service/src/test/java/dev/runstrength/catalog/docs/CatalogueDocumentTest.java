package dev.runstrength.catalog.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.catalog.domain.Catalogue;
import dev.runstrength.catalog.domain.Exercise;
import dev.runstrength.catalog.domain.Muscle;
import dev.runstrength.catalog.domain.SeedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/catalogue.md is generated from the seed; this test fails when it is stale and rewrites it
 * when run with -Drunstrength.docs.update=true.
 */
class CatalogueDocumentTest {

    private final Catalogue catalogue = SeedFile.load();
    private final Path document = SeedFile.repositoryRoot().resolve("docs/catalogue.md");

    @Test
    void documentMatchesTheSeed() throws IOException {
        String rendered = CatalogueMarkdown.render(catalogue);
        if (Boolean.getBoolean(CatalogueMarkdown.UPDATE_PROPERTY)) {
            Files.createDirectories(document.getParent());
            Files.writeString(document, rendered, StandardCharsets.UTF_8);
        }
        String current = Files.exists(document) ? Files.readString(document, StandardCharsets.UTF_8) : "";
        assertThat(current)
                .withFailMessage("%s is stale or missing: it differs from the rendering of the seed catalogue. "
                        + "Rerun with -D%s=true (mvn test -Dtest=CatalogueDocumentTest -D%s=true in catalog-service) "
                        + "to rewrite it, then commit it.", document, CatalogueMarkdown.UPDATE_PROPERTY,
                        CatalogueMarkdown.UPDATE_PROPERTY)
                .isEqualTo(rendered);
    }

    @Test
    void renderingListsEveryExerciseAndMuscle() {
        String rendered = CatalogueMarkdown.render(catalogue);
        for (Exercise exercise : catalogue.exercises()) {
            assertThat(rendered).contains("<a id=\"" + exercise.id() + "\"></a>")
                    .contains("### " + exercise.name() + " (`" + exercise.id() + "`)");
        }
        for (Muscle muscle : catalogue.muscles()) {
            assertThat(rendered).contains("| `" + muscle.id() + "` | " + muscle.name() + " | " + muscle.group());
        }
    }

    @Test
    void renderingIsDeterministic() {
        assertThat(CatalogueMarkdown.render(catalogue)).isEqualTo(CatalogueMarkdown.render(SeedFile.load()));
    }

    @Test
    void loadsReadHighestFirst() {
        Exercise nordic = catalogue.exercise("nordic-hamstring-curl").orElseThrow();
        Exercise lunge = catalogue.exercise("reverse-lunge").orElseThrow();
        assertThat(CatalogueMarkdown.loads(nordic)).isEqualTo("HIGH KNEE, HAMSTRING; MODERATE LOWER_BACK");
        assertThat(CatalogueMarkdown.loads(lunge)).isEqualTo("HIGH KNEE; MODERATE HIP");
        assertThat(CatalogueMarkdown.render(catalogue)).contains("- **Loads:** HIGH KNEE, HAMSTRING; MODERATE LOWER_BACK (kneeling)");
    }

    @Test
    void dosesReadAsRunnersWriteThem() {
        Exercise calfRaise = catalogue.exercise("single-leg-calf-raise").orElseThrow();
        Exercise goblet = catalogue.exercise("goblet-squat").orElseThrow();
        Exercise plank = catalogue.exercise("plank").orElseThrow();
        assertThat(CatalogueMarkdown.dose(calfRaise.prescription()))
                .isEqualTo("3 x 12-15 per side, tempo 3-0-1-0, rest 60 s");
        assertThat(CatalogueMarkdown.dose(goblet.prescription()))
                .isEqualTo("3 x 8-12 with 8 kg, tempo 3-0-1-0, rest 90 s");
        assertThat(CatalogueMarkdown.dose(plank.prescription())).isEqualTo("3 x 30 s hold, rest 30 s");
    }
}
