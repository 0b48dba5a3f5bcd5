package dev.runstrength.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractJsonTest {

    record Sample(Instant at, Integer reps, String note) {
    }

    @Test
    void writesNullsAndIsoInstantsAndReadsThemBack() {
        Sample sample = new Sample(Instant.parse("2026-11-22T08:00:00Z"), null, "x");
        String json = ContractJson.write(sample);
        assertThat(json).isEqualTo("{\"at\":\"2026-11-22T08:00:00Z\",\"reps\":null,\"note\":\"x\"}");
        assertThat(ContractJson.read(json, Sample.class)).isEqualTo(sample);
        assertThat(ContractJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Sample.class)).isEqualTo(sample);
        assertThat(ContractJson.read(ContractJson.tree(json), Sample.class)).isEqualTo(sample);
        assertThat(ContractJson.read("[" + json + "]", new TypeReference<List<Sample>>() { })).containsExactly(sample);
    }

    @Test
    void anUnknownFieldIsIgnoredAndAnAbsentOneReadsAsNull() {
        assertThat(ContractJson.read("{\"note\":\"x\",\"added\":1}", Sample.class)).isEqualTo(new Sample(null, null, "x"));
    }

    @Test
    void unreadableJsonIsOneUncheckedExceptionCarryingJacksonsError() {
        assertThatThrownBy(() -> ContractJson.read("{\"reps\": \"many\"}", Sample.class))
                .isInstanceOf(ContractJsonException.class)
                .hasMessageStartingWith("cannot be read as Sample: ")
                .hasCauseInstanceOf(JsonProcessingException.class)
                .satisfies(e -> assertThat(((ContractJsonException) e).jsonError()).contains("Integer")
                        .doesNotContain("Source:"));
        assertThatThrownBy(() -> ContractJson.tree("{\"runnerId\": "))
                .isInstanceOf(ContractJsonException.class).hasMessageStartingWith("cannot be read as JSON: ");
    }

    @Test
    void aMissingResourceSaysSo() {
        assertThatThrownBy(() -> ContractJson.resourceTree("no/such.json"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no/such.json");
        assertThat(ContractJson.resourceTree(EventKind.PLAN_GENERATED.schemaResource()).isObject()).isTrue();
    }
}
