package dev.runstrength.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.validation.ContractValidator;
import dev.runstrength.infra.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/integration.md stays true: its Java backend is the file JavaBackendIT runs, and every profile
 * and workout in its Node, Python and curl examples passes the contract's schemas.
 */
class IntegrationDocTest {

    private static final Pattern CODE_BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);
    private static final Path ROOT = RepoFiles.repositoryRoot();
    /** The examples' workouts lie in late 2026; a clock after them keeps "not in the future" true whenever this runs. */
    private static final ContractValidator CONTRACT = new ContractValidator(
            Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));

    record Block(String language, String code) {
    }

    private static List<Block> blocks() throws IOException {
        Matcher matcher = CODE_BLOCK.matcher(Files.readString(ROOT.resolve("docs/integration.md")));
        List<Block> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(new Block(matcher.group(1), matcher.group(2)));
        }
        return blocks;
    }

    @Test
    void theJavaExampleIsTheFileJavaBackendItRuns() throws IOException {
        String source = Files.readString(ROOT.resolve("system-tests/src/test/java/dev/runstrength/system/KafkaBackendExample.java"));
        String shown = source.substring(source.indexOf("import java.nio"));
        assertThat(blocks()).filteredOn(block -> block.language().equals("java")).singleElement()
                .satisfies(block -> assertThat(block.code()).isEqualTo(shown));
    }

    @Test
    void everyProfileAndWorkoutInTheExamplesPassesTheSchemas() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Block block : blocks()) {
            if (!List.of("js", "python", "bash").contains(block.language())) {
                continue;
            }
            // comments show answers, not requests
            String code = block.code().lines().filter(line -> !line.strip().startsWith("#") && !line.strip().startsWith("//"))
                    .collect(java.util.stream.Collectors.joining("\n"));
            for (JsonNode data : objectsNamingARunner(code)) {
                EventKind kind = data.has("workoutId") ? EventKind.WORKOUT_COMPLETED
                        : data.has("requestedAt") ? EventKind.RUNNER_ERASED : EventKind.RUNNER_PROFILE_UPDATED;
                CONTRACT.validate(kind, data, data.path("runnerId").asText());
                checked.add(block.language() + " " + kind);
            }
        }
        assertThat(checked).contains("js RUNNER_PROFILE_UPDATED", "python WORKOUT_COMPLETED",
                "bash RUNNER_PROFILE_UPDATED", "bash WORKOUT_COMPLETED");
    }

    /** Every JSON object in the code (a JS or Python literal written as JSON, a curl body) that has a runnerId. */
    static List<JsonNode> objectsNamingARunner(String code) {
        List<JsonNode> found = new ArrayList<>();
        for (int start = code.indexOf('{'); start >= 0; start = code.indexOf('{', start + 1)) {
            int end = matchingBrace(code, start);
            if (end < 0) {
                continue;
            }
            try {
                JsonNode node = ContractJson.mapper().readTree(code.substring(start, end + 1));
                if (node.isObject() && node.has("runnerId")) {
                    found.add(node);
                    start = end;
                }
            } catch (IOException notJson) {
                // code around the examples: keep looking
            }
        }
        return found;
    }

    private static int matchingBrace(String code, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
