package dev.runstrength.planner.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** One strength session; blocks are PREPARE, STRENGTHEN, RECOVER in that order. */
public record Session(
        String sessionId,
        LocalDate date,
        DayOfWeek day,
        String title,
        int estimatedMinutes,
        List<Block> blocks) {

    /** What a deload week adds to a session's title. */
    public static final String DELOAD_SUFFIX = " (deload)";

    public Session {
        blocks = List.copyOf(blocks);
    }

    public Block block(BlockPhase phase) {
        return blocks.stream().filter(b -> b.phase() == phase).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + phase + " block"));
    }

    /** The session a title names, the same in every week: "Session A (deload)" is "Session A". */
    public static String label(String title) {
        return title.endsWith(DELOAD_SUFFIX) ? title.substring(0, title.length() - DELOAD_SUFFIX.length()) : title;
    }
}
