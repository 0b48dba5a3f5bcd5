package dev.runstrength.catalog.docs;

import dev.runstrength.catalog.domain.Catalogue;
import dev.runstrength.catalog.domain.Exercise;
import dev.runstrength.catalog.domain.Equipment;
import dev.runstrength.catalog.domain.Level;
import dev.runstrength.catalog.domain.LoadLevel;
import dev.runstrength.catalog.domain.Muscle;
import dev.runstrength.catalog.domain.PainArea;
import dev.runstrength.catalog.domain.Phase;
import dev.runstrength.catalog.domain.Prescription;
import dev.runstrength.catalog.domain.Source;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renders docs/catalogue.md from the seed catalogue; same input, same bytes. */
final class CatalogueMarkdown {

    static final String UPDATE_PROPERTY = "runstrength.docs.update";

    private final Catalogue catalogue;
    private final Map<String, Muscle> muscles;
    private final Map<String, Exercise> exercises;
    private final StringBuilder out = new StringBuilder();

    private CatalogueMarkdown(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.muscles = catalogue.musclesById();
        this.exercises = catalogue.exercisesById();
    }

    static String render(Catalogue catalogue) {
        return new CatalogueMarkdown(catalogue).page();
    }

    private String page() {
        intro();
        conventions();
        summary();
        muscleTable();
        overview();
        for (Phase phase : Phase.values()) {
            List<Exercise> inPhase = catalogue.exercises().stream().filter(e -> e.phases().get(0) == phase).toList();
            line("## " + title(phase.name()) + " exercises");
            line("");
            inPhase.forEach(this::section);
        }
        return out.toString().stripTrailing() + "\n";
    }

    private void intro() {
        line("# RunStrength exercise catalogue");
        line("");
        line("<!-- Generated from catalog-service/src/main/resources/catalog/exercises.json by");
        line("     dev.runstrength.catalog.docs.CatalogueDocumentTest. Do not edit by hand: change the seed, then run");
        line("     `mvn test -Dtest=CatalogueDocumentTest -D" + UPDATE_PROPERTY + "=true` in catalog-service. -->");
        line("");
        line("The catalogue is the exercise library the planner builds sessions from and tracking moves runners");
        line("along. Its content comes from the two seed documents the project started from: seed 004 (strength notes for");
        line("runners: the exercises by area with their doses, options, cautions and videos, plus the theory of");
        line("stride-length and cadence muscles, plyometrics, explosiveness and swiftness) and seed 000 (the");
        line("prepare / strengthen / recover session structure with its single-leg balance emphasis). Exercises the");
        line("seeds do not name cite a public source instead. All text is written in our own words. Nothing here is");
        line("medical advice: pain that persists or rises belongs with a clinician.");
        line("");
        line("Catalogue version " + catalogue.catalogVersion() + ".");
        line("");
    }

    private void conventions() {
        line("## Conventions and chosen numbers");
        line("");
        line("- **Dose** is the catalogue's reference prescription: `sets x repsMin-repsMax` or `sets x holdSeconds`,");
        line("  *per side* when each side is done in turn. The planner derives level doses from the range: BEGINNER 2");
        line("  sets at the bottom, INTERMEDIATE 3 sets mid-range, ADVANCED 3 sets at the top. Seed 004's doses are");
        line("  the reference; its \"15x3\" single-leg calf raise is the top of a 12-15 range so that double");
        line("  progression has room to climb before the ladder moves on.");
        line("- **Tempo** is eccentric-pause-concentric-pause in seconds, `X` meaning as fast as possible (seed 004's");
        line("  \"down slowly, up quickly\" is `3-0-1-0`).");
        line("- **Load** (`loadKg`) is the total external load, both hands together; it is set only for *loadable*");
        line("  exercises, where it is the entry load (for example 8 kg for the goblet squat). Loadable means the step");
        line("  after the top of the reps range is adding about 5 % load; for body-weight work the step is the next");
        line("  exercise on the ladder.");
        line("- **Single-leg** (`unilateral`) means one leg does the work on its own: the single-leg slot every session");
        line("  needs (seed 000: 60-70 % of running gait is single-leg stance).");
        line("- **Seconds per rep** feeds the session-duration estimate: 3-4 s for slow-tempo strength work, 1 s for");
        line("  jumps and quick drills, 2 s for moderate drills, more for reps with a built-in hold (the lunge circuit's");
        line("  three lunges make 8 s); 0 for holds, whose time is `holdSeconds`.");
        line("- **Jumps**: every HIGH-impact or PLYOMETRIC exercise starts at INTERMEDIATE (DOMAIN rule 6), counts");
        line("  its ground contacts per rep for the planner's foot-contact cap, and is contraindicated for KNEE,");
        line("  ACHILLES, HEEL, FOOT, ANKLE, SHIN and CALF pain, because landings load exactly those structures and");
        line("  DOMAIN rule 5 rules out jumps with knee pain.");
        line("- **Foot-contact caps**: the planner allows at most 40 / 60 / 100 foot contacts a session to a BEGINNER /");
        line("  INTERMEDIATE / ADVANCED runner and never cuts a jump below its week-1 level dose, so every level that");
        line("  may be given a jump must be able to take its level dose within its cap. The rope jump is dosed in");
        line("  counted bouts of 15-20 bounces for that reason: an intermediate's 3 x 17 is 51 contacts, an advanced");
        line("  runner's 3 x 20 is 60. Its old 3 x 30-50 (120 and 150 contacts) was never prescribed to anyone.");
        line("- **Deep knee flexion** under load (knee past about 90 degrees with external weight) is always");
        line("  contraindicated for KNEE. Plain calf raises stay allowed with heel or Achilles pain and carry seed");
        line("  004's caution instead (heel never below toe level, slow lowering); only the loaded calf raise is");
        line("  contraindicated for them.");
        line("- **Ladders**: `regressions` and `progressions` list the nearest step first. Links are symmetric, resolve");
        line("  to active exercises, never form a cycle, and a progression is never easier than its source (its level");
        line("  is at least the source's, or it adds load).");
        line("- **Equipment** lists everything an exercise needs, all of it, never alternatives; so the goblet squat");
        line("  is in twice, with a dumbbell and with a kettlebell, as is the loaded single-leg deadlift.");
        line("- **Ids** are slugs of lower-case letters and digits joined by single hyphens, at most 64 characters, the");
        line("  same ceiling the contract uses for runner ids, because they are Kafka keys and URL path segments.");
        line("");
        loadsConventions();
        line("Integrity rules (`dev.runstrength.catalog.domain.CatalogueIntegrity`), enforced on every write: `SlugRule`,");
        line("`RequiredFields`, `DoseConsistency`, `LadderLinksResolve`, `LaddersAcyclic`, `ProgressionNotEasier`,");
        line("`JumpsAreGated`, `DeepKneeFlexionGuardsKnee`, `MusclesKnown`, and since contract v1.1:");
        line("");
        line("- `LoadsDeclared`: every active exercise names at least one area it loads; one that named none would");
        line("  read as loading nothing and be offered whatever hurts.");
        line("- `FootStrikeLoadsTheLowerLeg`: work that strikes or springs off the ground (HIGH impact, the PLYOMETRIC");
        line("  or SWIFTNESS purpose, or the PLYOMETRIC pattern of the explosive push-offs) loads FOOT, HEEL,");
        line("  ACHILLES, ANKLE, CALF and SHIN all HIGH, the low-impact skips and dribbles included.");
        line("- `KneelingLoadsKnee`: an exercise with `kneeling` loads KNEE HIGH.");
        line("- `ContraindicationsAreLoaded`: every contraindicated area is loaded HIGH, so a reader that works from");
        line("  `loads` alone never offers what the contraindications forbid.");
        line("- `DoseFitsFootContactCap`: every level that may be given the exercise can be given its level dose");
        line("  within that level's foot-contact cap (see above).");
        line("");
        line("A seed upgrade is stopped only by violations it would introduce; an exercise someone wrote through the");
        line("API under older rules (say, without `loads`) keeps its violations, which are logged, until it is edited.");
        line("");
    }

    private void loadsConventions() {
        line("### Loads (contract v1.1)");
        line("");
        line("`loads` names every pain area an exercise stresses and how much; an area it does not name, it does not");
        line("load. The planner's pain rule works from it (HIGH is left out for pain of 3 or more in that area,");
        line("MODERATE carries the pain-monitoring caution at 3-5 and is left out from 6, LOW stays), so the levels");
        line("are graded by what a runner with that pain should still do:");
        line("");
        line("- **LOW**: the area takes part but gently: body weight shared by both legs, a supported position, a light");
        line("  stretch of a neighbouring area, sustained single-leg standing for the foot and ankle.");
        line("- **MODERATE**: real, controlled work for the area: one leg's body weight or a moderate load, slow, no");
        line("  impact; also stretching or rolling the painful tissue itself.");
        line("- **HIGH**: landings and foot strikes, heavy or ballistic load, the area's loaded end range, or kneeling");
        line("  on it.");
        line("");
        line("The calls that needed a decision, and why:");
        line("");
        line("- **Kneeling** loads KNEE HIGH even when the knee does no work (knee plank, quadruped drills, kneeling");
        line("  hip-flexor stretch, ankle rocker, Nordic curls): the pain rule allows no kneeling position with knee");
        line("  pain of 3 or more, and the weight rests right on the kneecap and its tendon. `kneeling` marks them.");
        line("- **Lunges, split squats and full squats** load KNEE HIGH even at body weight, because the rule keeps them");
        line("  from a painful knee; the knee options that stay are MODERATE: the wall sit and Spanish squat");
        line("  (isometrics), the box squat to a pain-free depth, the step-up and the slow step-down. The low step-up");
        line("  and the straight-leg raise are LOW.");
        line("- **Skips and dribbles** are LOW impact but load the whole lower leg HIGH: they are foot strikes, and the");
        line("  rule keeps them, like hops and rope, from a runner with foot, heel, Achilles, ankle, calf or shin pain.");
        line("- **Calf raises** climb the scale with the load per leg: double-leg LOW, single-leg at body weight");
        line("  MODERATE, the loaded single-leg raise HIGH (fast push-off, full range). The slow heavy and isometric");
        line("  calf raises are MODERATE on purpose: a sore tendon needs load, slow and controlled, with heels never");
        line("  below toe level, so they are the calf work that stays with mild Achilles or calf pain. The slow heavy");
        line("  raise and the loaded single-leg raise hold the same dumbbell; what makes the second HIGH is its fast");
        line("  push-off, which loads the tendon far quicker than three seconds up and three down.");
        line("- **Hinges** load HAMSTRING and LOWER_BACK: the body-weight single-leg deadlift MODERATE and LOW, the");
        line("  loaded ones HIGH for the back (contraindicated for it), the barbell Romanian deadlift HIGH for both.");
        line("  The kettlebell swing is explosive but the feet never leave the floor, so it is no foot strike; its");
        line("  fast loaded hinge makes it HIGH for the back. A barbell on the back makes the back squat HIGH for");
        line("  LOWER_BACK too. The Nordic curls are MODERATE for LOWER_BACK: the hamstrings lower the body, but the");
        line("  back and hips hold it straight against a near-maximal pull, so severe back pain keeps them out.");
        line("- **The heel walk** is HIGH for the HEEL: every step lands the body's weight on the heel pad, the very");
        line("  place that hurts in plantar heel pain, so any heel pain of 3 or more keeps it out of the warm-up.");
        line("- **The Copenhagen hold** is MODERATE for the groin with the bench at the knee (short lever) and HIGH");
        line("  with the bench at the ankle (long lever): the lever doubles the load, and the short lever is where");
        line("  the adductor programme starts.");
        line("- **Stretches and rolling** of the painful tissue itself are MODERATE (calf stretches for the Achilles,");
        line("  the hamstring stretch, the butterfly stretch for the groin, rolling the calf): gentle with mild pain,");
        line("  left out while it is bad. A quick mobility drill on one leg does not count as loading the standing foot.");
        line("");
    }

    private void summary() {
        List<Exercise> all = catalogue.exercises();
        line("## Summary");
        line("");
        line("| | count |");
        line("| --- | ---: |");
        line("| exercises | " + all.size() + " |");
        for (Phase phase : Phase.values()) {
            line("| serving " + phase + " | " + all.stream().filter(e -> e.servesPhase(phase)).count() + " |");
        }
        for (Level level : Level.values()) {
            line("| minLevel " + level + " | " + all.stream().filter(e -> e.minLevel() == level).count() + " |");
        }
        line("| body weight only | " + all.stream().filter(Exercise::bodyWeightOnly).count() + " |");
        line("| single-leg | " + all.stream().filter(Exercise::unilateral).count() + " |");
        line("| kneeling | " + all.stream().filter(Exercise::kneeling).count() + " |");
        line("");
        line("| equipment | exercises that need it |");
        line("| --- | ---: |");
        for (Equipment equipment : Equipment.values()) {
            line("| " + equipment + " | " + all.stream().filter(e -> e.equipment().contains(equipment)).count() + " |");
        }
        line("");
        line("What stays for a runner in pain: per area, how many exercises load it at each level (an exercise that");
        line("does not name the area does not load it).");
        line("");
        line("| pain area | HIGH | MODERATE | LOW | not loaded |");
        line("| --- | ---: | ---: | ---: | ---: |");
        for (PainArea area : PainArea.values()) {
            line("| " + area + " | " + loadCount(all, area, LoadLevel.HIGH) + " | " + loadCount(all, area, LoadLevel.MODERATE)
                    + " | " + loadCount(all, area, LoadLevel.LOW) + " | "
                    + all.stream().filter(e -> e.loadOn(area).isEmpty()).count() + " |");
        }
        line("");
    }

    private static long loadCount(List<Exercise> exercises, PainArea area, LoadLevel level) {
        return exercises.stream().filter(e -> e.loadOn(area).filter(level::equals).isPresent()).count();
    }

    private void muscleTable() {
        line("## Muscles");
        line("");
        line("Seed 004: longer strides come from the glutes, quads and calves (STRIDE_LENGTH); a quicker cadence from");
        line("the hamstrings, which lift the lower leg, and the iliopsoas, which lifts the thigh (CADENCE).");
        line("");
        line("| id | name | group | running role | exercises (primary) | exercises (any) |");
        line("| --- | --- | --- | --- | ---: | ---: |");
        for (Muscle muscle : catalogue.muscles()) {
            long primary = catalogue.exercises().stream().filter(e -> e.primaryMuscles().contains(muscle.id())).count();
            long any = catalogue.exercises().stream().filter(e -> e.primaryMuscles().contains(muscle.id())
                    || e.secondaryMuscles().contains(muscle.id())).count();
            String roles = muscle.runningRoles().isEmpty() ? "-" : joined(muscle.runningRoles(), Object::toString);
            line("| `" + muscle.id() + "` | " + muscle.name() + " | " + muscle.group() + " | " + roles + " | "
                    + primary + " | " + any + " |");
        }
        line("");
    }

    private void overview() {
        line("## Overview");
        line("");
        line("| id | name | phases | purposes | level | equipment | impact | dose |");
        line("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Exercise e : catalogue.exercises()) {
            line("| [`" + e.id() + "`](#" + e.id() + ") | " + e.name() + " | " + joined(e.phases(), Object::toString)
                    + " | " + joined(e.purposes(), Object::toString) + " | " + e.minLevel() + " | " + equipment(e)
                    + " | " + e.impact() + " | " + dose(e.prescription()) + " |");
        }
        line("");
    }

    private void section(Exercise e) {
        line("<a id=\"" + e.id() + "\"></a>");
        line("### " + e.name() + " (`" + e.id() + "`)");
        line("");
        line(e.description());
        line("");
        line("- **Phases:** " + joined(e.phases(), Object::toString) + "; **purposes:** "
                + joined(e.purposes(), Object::toString) + "; **pattern:** " + e.pattern());
        line("- **Primary muscles:** " + muscleNames(e.primaryMuscles())
                + (e.secondaryMuscles().isEmpty() ? "" : "; **secondary:** " + muscleNames(e.secondaryMuscles())));
        line("- **Level:** " + e.minLevel() + "; **single-leg:** " + (e.unilateral() ? "yes" : "no")
                + "; **equipment:** " + equipment(e) + "; **impact:** " + e.impact()
                + (e.footContactsPerRep() > 0 ? " (" + e.footContactsPerRep() + " foot contact per rep)" : ""));
        line("- **Dose:** " + dose(e.prescription()) + (e.loadable() ? "; loadable" : "")
                + (e.deepKneeFlexion() ? "; deep knee flexion under load" : "") + "; "
                + (e.prescription().holdBased() ? "hold" : e.secondsPerRep() + " s per rep"));
        line("- **Easier:** " + links(e.regressions()) + "; **harder:** " + links(e.progressions()));
        line("- **Loads:** " + loads(e) + (e.kneeling() ? " (kneeling)" : ""));
        line("- **Not for pain in:** " + (e.contraindications().isEmpty() ? "-" : joined(e.contraindications(), Object::toString)));
        line("- **Cues:** " + String.join(" / ", e.cues()));
        if (!e.cautions().isEmpty()) {
            line("- **Cautions:** " + String.join(" / ", e.cautions()));
        }
        line("- **Sources:** " + joined(e.sources(), CatalogueMarkdown::source));
        line("");
    }

    static String dose(Prescription dose) {
        StringBuilder text = new StringBuilder().append(dose.sets()).append(" x ");
        if (dose.holdBased()) {
            text.append(dose.holdSeconds()).append(" s hold");
        } else if (dose.repsMin().equals(dose.repsMax())) {
            text.append(dose.repsMin());
        } else {
            text.append(dose.repsMin()).append('-').append(dose.repsMax());
        }
        if (dose.perSide()) {
            text.append(" per side");
        }
        if (dose.loadKg() != null) {
            text.append(" with ").append(String.format(Locale.ROOT, "%s", kilograms(dose.loadKg()))).append(" kg");
        }
        if (dose.tempo() != null) {
            text.append(", tempo ").append(dose.tempo());
        }
        return text.append(", rest ").append(dose.restSeconds()).append(" s").toString();
    }

    private static String kilograms(double kg) {
        return kg == Math.rint(kg) ? String.valueOf((long) kg) : String.valueOf(kg);
    }

    /** Highest load first, areas in contract order within a level. */
    static String loads(Exercise e) {
        if (e.loads().isEmpty()) {
            return "-";
        }
        return java.util.stream.Stream.of(LoadLevel.HIGH, LoadLevel.MODERATE, LoadLevel.LOW)
                .filter(level -> e.loads().containsValue(level))
                .map(level -> level + " " + e.loads().entrySet().stream().filter(entry -> entry.getValue() == level)
                        .map(entry -> entry.getKey().name()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    private static String equipment(Exercise e) {
        return e.bodyWeightOnly() ? "body weight" : joined(e.equipment(), Object::toString);
    }

    private String links(List<String> ids) {
        return ids.isEmpty() ? "-" : joined(ids, id -> "[" + exercises.get(id).name() + "](#" + id + ")");
    }

    private String muscleNames(List<String> ids) {
        return joined(ids, id -> muscles.containsKey(id) ? muscles.get(id).name() : id);
    }

    private static String source(Source source) {
        return source.url() == null ? source.title() : "[" + source.title() + "](" + source.url() + ")";
    }

    private static <T> String joined(List<T> values, Function<T, String> text) {
        return values.stream().map(text).collect(Collectors.joining(", "));
    }

    private static String title(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
