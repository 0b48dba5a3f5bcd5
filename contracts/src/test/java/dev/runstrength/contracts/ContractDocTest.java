package dev.runstrength.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * docs/contract.md is the contract a reader of the repository sees; the schemas, {@link Topics},
 * {@link EventKind} and the AsyncAPI document are the contract the code keeps. This fails when they disagree:
 * a field added to a schema and not to the page, a field the page calls required that the schema does not,
 * a topic or an event type spelled differently.
 */
class ContractDocTest {

    private static final Path DOC = Path.of("..", "docs", "contract.md");
    private static final Pattern FIELDS_MARKER = Pattern.compile("<!-- fields: ([a-z-]+)(?:#([a-z]+))? -->");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    record DocField(String name, boolean required) {
    }

    @Test
    void everyFieldTableMatchesItsSchema() throws IOException {
        Map<String, List<DocField>> tables = fieldTables(Files.readString(DOC));
        assertThat(tables.keySet()).as("an event with no field table in docs/contract.md")
                .containsAll(Arrays.stream(EventKind.values()).map(EventKind::schemaName).toList());

        for (Map.Entry<String, List<DocField>> table : tables.entrySet()) {
            JsonNode object = schemaObject(table.getKey());
            Set<String> documented = table.getValue().stream().map(DocField::name).collect(Collectors.toCollection(TreeSet::new));
            Set<String> inSchema = new TreeSet<>();
            object.path("properties").fieldNames().forEachRemaining(inSchema::add);
            assertThat(documented).as("fields of %s: docs/contract.md against the schema", table.getKey())
                    .isEqualTo(inSchema);

            Set<String> documentedRequired = table.getValue().stream().filter(DocField::required)
                    .map(DocField::name).collect(Collectors.toCollection(TreeSet::new));
            Set<String> schemaRequired = new TreeSet<>();
            object.path("required").forEach(name -> schemaRequired.add(name.asText()));
            assertThat(documentedRequired).as("required fields of %s: docs/contract.md against the schema", table.getKey())
                    .isEqualTo(schemaRequired);
        }
    }

    @Test
    void theTopicTableNamesEveryTopicWithItsKeyAndTypes() throws IOException {
        String doc = Files.readString(DOC);
        String table = doc.substring(doc.indexOf("<!-- topics:begin -->"), doc.indexOf("<!-- topics:end -->"));
        Map<String, Set<String>> typesByTopic = new LinkedHashMap<>();
        Map<String, String> keyByTopic = new LinkedHashMap<>();
        for (String row : table.lines().filter(l -> l.startsWith("| `")).toList()) {
            String[] cells = row.split("\\|");
            String topic = codes(cells[1]).get(0);
            keyByTopic.put(topic, cells[2].trim());
            typesByTopic.put(topic, new TreeSet<>(codes(cells[4])));
        }

        assertThat(typesByTopic.keySet()).containsExactlyInAnyOrderElementsOf(Topics.ALL);
        for (EventKind kind : EventKind.values()) {
            assertThat(typesByTopic.get(kind.topic())).as("types on %s", kind.topic()).contains(kind.type());
            String key = kind.keyField().equals("id") ? "exerciseId" : kind.keyField();
            assertThat(keyByTopic.get(kind.topic())).as("key of %s", kind.topic()).isEqualTo(key);
        }
        assertThat(typesByTopic.values().stream().mapToInt(Set::size).sum())
                .as("a type on the page that no event kind has").isEqualTo(EventKind.values().length);

        JsonNode asyncApi = new YAMLMapper().readTree(Files.readString(Path.of("src/main/resources/asyncapi.yaml")));
        Set<String> addresses = new TreeSet<>();
        asyncApi.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        for (String topic : Topics.ALL) {
            assertThat(addresses).as("AsyncAPI channels").contains(topic, Topics.dlq(topic));
        }
    }

    @Test
    void thePageLinksNothingOutsideTheRepository() throws IOException {
        assertThat(Files.readString(DOC)).doesNotContain("../shared").doesNotContain("](../../");
    }

    static Map<String, List<DocField>> fieldTables(String doc) {
        Map<String, List<DocField>> tables = new LinkedHashMap<>();
        List<String> lines = doc.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = FIELDS_MARKER.matcher(lines.get(i));
            if (!marker.matches()) {
                continue;
            }
            String key = marker.group(2) == null ? marker.group(1) : marker.group(1) + "#" + marker.group(2);
            List<DocField> fields = new ArrayList<>();
            for (int j = i + 3; j < lines.size() && lines.get(j).startsWith("|"); j++) {
                String[] cells = lines.get(j).split("\\|");
                fields.add(new DocField(codes(cells[1]).get(0), cells[3].contains("**required**")));
            }
            tables.put(key, fields);
        }
        return tables;
    }

    private static List<String> codes(String cell) {
        Matcher m = CODE.matcher(cell);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static JsonNode schemaObject(String key) throws IOException {
        String[] parts = key.split("#");
        try (InputStream in = ContractDocTest.class.getClassLoader()
                .getResourceAsStream("schemas/" + parts[0] + ".schema.json")) {
            assertThat(in).as("schema of %s", parts[0]).isNotNull();
            JsonNode schema = new ObjectMapper().readTree(in);
            return parts.length == 1 ? schema : schema.path("$defs").path(parts[1]);
        }
    }
}
