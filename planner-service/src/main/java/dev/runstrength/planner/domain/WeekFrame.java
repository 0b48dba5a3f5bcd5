package dev.runstrength.planner.domain;

import java.time.LocalDate;
import java.util.List;

/** A plan week before its sessions exist: number, first day, phase and the dates a session may use. */
record WeekFrame(int number, LocalDate startsOn, TrainingPhase phase, List<LocalDate> allowedDates) {

    WeekFrame {
        allowedDates = List.copyOf(allowedDates);
    }
}
