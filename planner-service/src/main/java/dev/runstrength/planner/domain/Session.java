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

    public Session {
        blocks = List.copyOf(blocks);
    }

    public Block block(BlockPhase phase) {
        return blocks.stream().filter(b -> b.phase() == phase).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + phase + " block"));
    }
}
