package dev.runstrength.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.validation.ContractValidator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DemoTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void theProfileIsTheContractExampleWithAFreshRunnerAndAValidEvent() throws Exception {
        String profile = Demo.EXAMPLE_PROFILE.formatted("r-1042-abc123", NOW, LocalDate.of(2026, 11, 9));
        var validator = new ContractValidator(Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(validator.errorsOf(EventKind.RUNNER_PROFILE_UPDATED, ContractJson.mapper().readTree(profile), "r-1042-abc123"))
                .isEmpty();
        assertThat(ContractJson.mapper().readTree(profile).path("painAreas").get(0).path("area").asText()).isEqualTo("HEEL");
    }

    @Test
    void aWorkoutIsDoneOnTheEveningOfItsDay() {
        assertThat(Demo.completedAt(LocalDate.of(2026, 11, 11), NOW)).isEqualTo(Instant.parse("2026-11-11T18:00:00Z"));
    }

    @Test
    void aWorkoutOnTodayIsNeverDatedAfterNow() {
        assertThat(Demo.completedAt(LocalDate.of(2026, 11, 22), NOW)).isEqualTo(NOW);
    }
}
