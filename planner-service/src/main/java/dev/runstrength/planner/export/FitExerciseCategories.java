package dev.runstrength.planner.export;

import com.garmin.fit.ExerciseCategory;
import dev.runstrength.contracts.model.MovementPattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The table {@code exports/fit-exercise-categories.csv}: which FIT exercise category (and name, where
 * one is the same exercise) a catalogue exercise is on a watch. An exercise's own line wins over its
 * movement pattern's.
 */
public final class FitExerciseCategories {

    public static final String RESOURCE = "exports/fit-exercise-categories.csv";
    private static final String PATTERN = "pattern:";
    private static final int INVALID = 0xFFFF;

    /** A FIT exercise: the category's value and, when known, the name's value within it. */
    public record FitExercise(String category, int categoryValue, String name, Integer nameValue) {
    }

    private final Map<String, FitExercise> byExercise = new LinkedHashMap<>();
    private final Map<MovementPattern, FitExercise> byPattern = new LinkedHashMap<>();

    private FitExerciseCategories() {
    }

    public static FitExerciseCategories load() {
        try (InputStream in = FitExerciseCategories.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FitExerciseCategories read(BufferedReader lines) throws IOException {
        FitExerciseCategories table = new FitExerciseCategories();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 3) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected match,category,name, was " + line);
            }
            FitExercise exercise = exercise(cells[1].strip(), cells[2].strip(), number);
            String match = cells[0].strip();
            if (match.startsWith(PATTERN)) {
                table.byPattern.put(MovementPattern.valueOf(match.substring(PATTERN.length())), exercise);
            } else if (table.byExercise.put(match, exercise) != null) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": " + match + " is listed twice");
            }
        }
        return table;
    }

    /** The exercise's own line, else its pattern's, else none. */
    public Optional<FitExercise> of(String exerciseId, MovementPattern pattern) {
        FitExercise own = byExercise.get(exerciseId);
        if (own != null) {
            return Optional.of(own);
        }
        return Optional.ofNullable(pattern == null ? null : byPattern.get(pattern));
    }

    /** Every exercise id the table names, for the test that holds it to the catalogue. */
    public Map<String, FitExercise> exercises() {
        return Map.copyOf(byExercise);
    }

    private static FitExercise exercise(String category, String name, int line) {
        Integer categoryValue = ExerciseCategory.getValueFromString(category);
        if (categoryValue == null || categoryValue == INVALID || !ExerciseCategory.getStringFromValue(categoryValue).equals(category)) {
            throw new IllegalStateException(RESOURCE + " line " + line + ": " + category + " is no FIT exercise category");
        }
        if (name.isEmpty()) {
            return new FitExercise(category, categoryValue, null, null);
        }
        Integer nameValue = nameValue(category, name);
        if (nameValue == null || nameValue == INVALID) {
            throw new IllegalStateException(RESOURCE + " line " + line + ": " + name + " is no FIT " + category + " exercise");
        }
        return new FitExercise(category, categoryValue, name, nameValue);
    }

    /** The SDK has one class of names per category: CALF_RAISE's are in CalfRaiseExerciseName. */
    private static Integer nameValue(String category, String name) {
        StringBuilder type = new StringBuilder("com.garmin.fit.");
        for (String word : category.toLowerCase(Locale.ROOT).split("_")) {
            type.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        type.append("ExerciseName");
        try {
            Object value = Class.forName(type.toString()).getMethod("getValueFromString", String.class).invoke(null, name);
            return (Integer) value;
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }
}
