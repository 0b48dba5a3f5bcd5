package dev.runstrength.planner.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.planner.domain.Pain;
import dev.runstrength.planner.domain.PainArea;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every pain area of the contract (ANKLE and CALF since v1.1) is one the planner reads. */
class PainAreaMappingTest {

    @Test
    void thePlannerKnowsEveryContractPainArea() {
        assertThat(Arrays.stream(PainArea.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(dev.runstrength.contracts.model.PainArea.values())
                        .map(Enum::name).toList());
    }

    @Test
    void aProfileWithAnkleAndCalfPainIsRead() throws Exception {
        RunnerProfile wire = ContractJson.mapper().readValue("""
                {"runnerId":"r-1","updatedAt":"2026-11-22T08:00:00Z","level":"INTERMEDIATE",
                 "painAreas":[{"area":"ANKLE","severity":4},{"area":"CALF","severity":2}]}
                """, RunnerProfile.class);

        assertThat(ProfileMapping.toDomain(wire).painAreas())
                .containsExactly(new Pain(PainArea.ANKLE, 4), new Pain(PainArea.CALF, 2));
    }
}
