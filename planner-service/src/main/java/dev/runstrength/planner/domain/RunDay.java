package dev.runstrength.planner.domain;

import java.time.DayOfWeek;
import java.util.Objects;

public record RunDay(DayOfWeek day, RunType type) {
    public RunDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(type, "type");
    }
}
