package dev.runstrength.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RejectedRecordTest {

    @Test
    void aShortReasonStaysAsItIs() {
        RejectedRecord rejected = new RejectedRecord("runnerId: must match ^[A-Za-z0-9._:-]{1,64}$, was \"a b\"");

        assertThat(rejected.getMessage()).isEqualTo("runnerId: must match ^[A-Za-z0-9._:-]{1,64}$, was \"a b\"");
    }

    @Test
    void aLongReasonAndCauseAreCutToAKibibyteAndMarked() {
        String huge = "name: was \"" + "ü".repeat(100_000) + "\"";
        RejectedRecord rejected = new RejectedRecord(huge, new IllegalArgumentException(huge));

        for (String header : new String[] {rejected.getMessage(), rejected.getCause().getMessage()}) {
            assertThat(header.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(RejectedRecord.MAX_HEADER_BYTES);
            assertThat(header).startsWith("name: was \"üü").endsWith("…[cut]");
        }
        assertThat(rejected.getCause().getStackTrace()).isNotEmpty();
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String emoji = "\uD83C\uDFC3".repeat(1000);

        String cut = RejectedRecord.cut(emoji);

        assertThat(cut.substring(0, cut.length() - RejectedRecord.CUT_MARK.length()).codePoints())
                .allMatch(codePoint -> codePoint == 0x1F3C3);
    }
}
