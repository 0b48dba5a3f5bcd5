package dev.runstrength.dose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DOMAIN rule 11 (v1.1) over catalog-service's seed catalogue: for every exercise, every level and
 * every block the exercise serves, the doses progression can reach from the level dose (or the
 * support dose), step by step harder and easier, and the doses of every ladder move, are doses the
 * planner can prescribe: set caps kept, reps and holds in range, loads the implement offers.
 */
class SeedCatalogueDosesTest {

    private static final String SEED = "catalog-service/src/main/resources/catalog/exercises.json";
    /** Far more steps than any range and a few load steps need; loads keep climbing, so the walk is cut here. */
    private static final int STEPS = 40;

    record Seeded(String id, CatalogueDose dose, Level minLevel, Set<BlockPhase> phases, List<String> progressions,
                  List<String> regressions) {
    }

    private static final Map<String, Seeded> EXERCISES = read();

    @Test
    void theSeedHasLoadedExercisesHoldsAndEveryBlock() {
        assertThat(EXERCISES).hasSizeGreaterThanOrEqualTo(45);
        assertThat(EXERCISES.values()).anySatisfy(e -> assertThat(e.dose().loadable()).isTrue());
        assertThat(EXERCISES.values()).anySatisfy(e -> assertThat(e.dose().countsHold()).isTrue());
        assertThat(EXERCISES.values()).anySatisfy(e -> assertThat(e.phases()).contains(BlockPhase.PREPARE));
        assertThat(EXERCISES.values()).anySatisfy(e -> assertThat(e.phases()).contains(BlockPhase.RECOVER));
    }

    @Test
    void catalogueLoadsAreLoadsTheirImplementOffers() {
        for (Seeded e : EXERCISES.values()) {
            if (e.dose().loadKg() != null && e.dose().loadable()) {
                assertThat(e.dose().implement().offers(e.dose().loadKg())).as(e.id()).isTrue();
            }
        }
    }

    @Test
    void everyStepFromEveryStartingDoseIsPrescribable() {
        int checked = 0;
        for (Seeded e : EXERCISES.values()) {
            for (Level level : Level.values()) {
                for (BlockPhase phase : e.phases()) {
                    for (Dose start : starts(e.dose(), level, phase)) {
                        assertPrescribable(e, level, phase, start, "start");
                        checked += walk(e, level, phase, start, true);
                        checked += walk(e, level, phase, start, false);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void everyLadderMoveLandsOnAPrescribableDose() {
        int moves = 0;
        for (Seeded e : EXERCISES.values()) {
            for (Level level : Level.values()) {
                if (!level.atLeast(e.minLevel())) {
                    continue;
                }
                for (String id : e.progressions()) {
                    Seeded next = EXERCISES.get(id);
                    if (next == null || !level.atLeast(next.minLevel())) {
                        continue;
                    }
                    for (BlockPhase phase : shared(e, next)) {
                        for (int sets = 1; sets <= SetCap.of(level, phase); sets++) {
                            Dose entry = LadderDose.entry(next.dose(), level, phase, sets);
                            assertPrescribable(next, level, phase, entry, "entry from " + e.id());
                            if (phase.isSupport()) {
                                assertThat(entry.sets()).as("support work gains no set on a new rung").isEqualTo(sets);
                            }
                            moves++;
                        }
                    }
                }
                for (String id : e.regressions()) {
                    Seeded previous = EXERCISES.get(id);
                    if (previous == null || !level.atLeast(previous.minLevel())) {
                        continue;
                    }
                    for (int sets = 1; sets <= SetCap.MOST_SETS; sets++) {
                        for (BlockPhase phase : shared(e, previous)) {
                            Dose exit = LadderDose.exit(previous.dose(), level, phase, sets);
                            assertThat(exit.sets()).isLessThanOrEqualTo(sets);
                            assertPrescribable(previous, level, phase, exit, "exit from " + e.id());
                            moves++;
                        }
                    }
                }
            }
        }
        assertThat(moves).isGreaterThan(50);
    }

    /** The level dose for strength work; the planner's shortest, normal and longest support doses otherwise. */
    private static List<Dose> starts(CatalogueDose dose, Level level, BlockPhase phase) {
        if (!phase.isSupport()) {
            return List.of(LevelDose.of(dose, level));
        }
        return List.of(SupportDose.shortestDose(dose), SupportDose.dose(dose, 2, SupportDose.normal(dose)),
                SupportDose.longestDose(dose));
    }

    private static int walk(Seeded e, Level level, BlockPhase phase, Dose start, boolean up) {
        Dose dose = start;
        int steps = 0;
        for (int i = 0; i < STEPS; i++) {
            int repStep = i % 2 == 0 ? DoseSteps.REP_STEP : DoseSteps.BIG_REP_STEP;
            Dose from = dose;
            Optional<Dose> next = up
                    ? DoseSteps.harder(e.dose(), from, repStep, level, phase).or(() -> DoseSteps.oneSetMore(from, level, phase))
                    : DoseSteps.easier(e.dose(), from, repStep).or(() -> DoseSteps.oneSetFewer(from));
            if (next.isEmpty()) {
                break;
            }
            dose = next.get();
            String where = (up ? "harder " : "easier ") + (i + 1) + " from " + start;
            assertPrescribable(e, level, phase, dose, where);
            if (phase.isSupport()) {
                assertThat(dose.sets()).as(e.id() + " " + where).isLessThanOrEqualTo(start.sets());
                assertThat(dose.loadKg()).as(e.id() + " " + where).isNull();
            }
            steps++;
        }
        return steps;
    }

    private static void assertPrescribable(Seeded e, Level level, BlockPhase phase, Dose dose, String where) {
        assertThat(Prescribable.problems(e.dose(), level, phase, dose))
                .as(e.id() + " " + level + " " + phase + " " + where + ": " + dose).isEmpty();
        assertThat(dose.sets()).isLessThanOrEqualTo(SetCap.of(level, phase));
        if (dose.loaded()) {
            assertThat(e.dose().implement().offers(dose.loadKg())).as(e.id() + " " + dose).isTrue();
        }
    }

    private static Set<BlockPhase> shared(Seeded a, Seeded b) {
        Set<BlockPhase> both = EnumSet.copyOf(a.phases());
        both.retainAll(b.phases());
        return both.isEmpty() ? b.phases() : both;
    }

    private static Map<String, Seeded> read() {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(seedFile().toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Seeded> byId = new LinkedHashMap<>();
        for (JsonNode e : root.path("exercises")) {
            JsonNode p = e.path("prescription");
            List<String> equipment = strings(e.path("equipment"));
            CatalogueDose dose = new CatalogueDose(integer(p, "repsMin"), integer(p, "repsMax"), integer(p, "holdSeconds"),
                    p.hasNonNull("loadKg") ? p.get("loadKg").asDouble() : null, e.path("loadable").asBoolean(false),
                    Implement.carrying(equipment));
            Set<BlockPhase> phases = EnumSet.noneOf(BlockPhase.class);
            strings(e.path("phases")).forEach(ph -> phases.add(BlockPhase.valueOf(ph)));
            byId.put(e.path("id").asText(), new Seeded(e.path("id").asText(), dose,
                    Level.valueOf(e.path("minLevel").asText("BEGINNER")), phases,
                    strings(e.path("progressions")), strings(e.path("regressions"))));
        }
        return byId;
    }

    private static Path seedFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(SEED))) {
                return dir.resolve(SEED);
            }
        }
        throw new IllegalStateException("no " + SEED + " above " + Path.of("").toAbsolutePath());
    }

    private static Integer integer(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
