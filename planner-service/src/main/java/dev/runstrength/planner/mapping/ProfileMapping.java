package dev.runstrength.planner.mapping;

import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.planner.domain.Equipment;
import dev.runstrength.planner.domain.Goal;
import dev.runstrength.planner.domain.Level;
import dev.runstrength.planner.domain.Pain;
import dev.runstrength.planner.domain.PainArea;
import dev.runstrength.planner.domain.RunDay;
import dev.runstrength.planner.domain.RunType;

/** A validated profile event as the planner's domain reads it (contract defaults already applied). */
public final class ProfileMapping {

    private ProfileMapping() {
    }

    public static dev.runstrength.planner.domain.RunnerProfile toDomain(RunnerProfile p) {
        return new dev.runstrength.planner.domain.RunnerProfile(
                p.runnerId(),
                p.updatedAt(),
                Enums.byName(p.level(), Level.class),
                Enums.byName(p.goal(), Goal.class),
                p.weeklyRunningKm(),
                p.sessionsPerWeek(),
                p.minutesPerSession(),
                Enums.setByName(p.equipment(), Equipment.class),
                p.runDays().stream().map(d -> new RunDay(d.day(), Enums.byName(d.type(), RunType.class))).toList(),
                p.raceDate(),
                p.painAreas().stream().map(pain -> new Pain(Enums.byName(pain.area(), PainArea.class), pain.severity()))
                        .toList(),
                p.avoidJumping(),
                p.startDate());
    }
}
