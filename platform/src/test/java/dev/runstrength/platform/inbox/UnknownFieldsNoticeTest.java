package dev.runstrength.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnknownFieldsNoticeTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final UnknownFieldsNotice notice = new UnknownFieldsNotice(registry);

    @Test
    void eachFieldIsNewOncePerConsumerWithArrayPositionsFolded() {
        assertThat(notice.firstSeen("planner.profiles", List.of("pain", "painAreas[0].level", "painAreas[3].level")))
                .containsExactly("pain", "painAreas[].level");
        assertThat(notice.firstSeen("planner.profiles", List.of("pain", "painAreas[7].level", "sessionMinutes")))
                .containsExactly("sessionMinutes");
        assertThat(notice.firstSeen("tracking.workouts", List.of("pain"))).as("another consumer's own log").containsExactly("pain");
    }

    @Test
    void aProducerSendingEverNewNamesCannotFillTheLog() {
        List<String> names = IntStream.range(0, UnknownFieldsNotice.LOGGED_FIELDS + 50).mapToObj(i -> "field" + i).toList();

        assertThat(notice.firstSeen("planner.profiles", names)).hasSize(UnknownFieldsNotice.LOGGED_FIELDS);
        assertThat(notice.firstSeen("planner.profiles", List.of("another"))).isEmpty();
    }

    @Test
    void theCountOfEventsStartsAtZeroAndAddsUp() {
        notice.count("planner.profiles", 0);
        assertThat(registry.get("runstrength.events.with.unknown.fields").tags("consumer", "planner.profiles").counter().count())
                .isZero();

        notice.count("planner.profiles", 2);
        notice.count("planner.profiles", 1);

        assertThat(registry.get("runstrength.events.with.unknown.fields").tags("consumer", "planner.profiles").counter().count())
                .isEqualTo(3.0);
    }
}
