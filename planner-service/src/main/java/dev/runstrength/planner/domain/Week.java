package dev.runstrength.planner.domain;

import java.time.LocalDate;
import java.util.List;

public record Week(int number, LocalDate startsOn, boolean deload, List<Session> sessions) {
    public Week {
        sessions = List.copyOf(sessions);
    }
}
