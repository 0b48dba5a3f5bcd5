package dev.runstrength.planner.service;

import dev.runstrength.planner.export.PlanCalendar.Revision;
import dev.runstrength.planner.export.SessionEvent;
import dev.runstrength.planner.persistence.CalendarSessionRepository;
import dev.runstrength.planner.persistence.PlanRepository;
import dev.runstrength.platform.erasure.RunnerErasureRepository;
import dev.runstrength.planner.persistence.CalendarSessionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The memory behind SEQUENCE: what each calendar entry showed the last time it was served. An entry
 * shown for the first time is revision 0; one whose content differs from what was last shown goes up
 * by one and gets a new DTSTAMP; one unchanged keeps both, however many replans came in between.
 */
@ApplicationScoped
public class CalendarRevisions {

    private final CalendarSessionRepository sessions;
    private final Clock clock;
    private final RunnerErasureRepository erasures;
    private final PlanRepository plans;

    public CalendarRevisions(CalendarSessionRepository sessions, Clock clock, RunnerErasureRepository erasures, PlanRepository plans) {
        this.sessions = sessions;
        this.clock = clock;
        this.erasures = erasures;
        this.plans = plans;
    }

    @Transactional
    public Map<String, Revision> revise(String runnerId, List<SessionEvent> events) {
        sessions.lockRunner(runnerId);
        // the plan was read before this transaction: if the runner was erased since, write no row about it
        erasures.lockRunner(runnerId);
        boolean erased = plans.countFor(runnerId) == 0;
        Map<String, CalendarSessionEntity> held = sessions.byUid(events.stream().map(SessionEvent::uid).toList())
                .stream().collect(Collectors.toMap(row -> row.uid, Function.identity()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Revision> revisions = new HashMap<>();
        for (SessionEvent event : events) {
            String digest = event.digest();
            CalendarSessionEntity row = held.get(event.uid());
            if (row == null) {
                row = new CalendarSessionEntity();
                row.uid = event.uid();
                row.runnerId = runnerId;
                row.contentDigest = digest;
                row.sequence = 0;
                row.changedAt = now;
                if (!erased) {
                    sessions.persist(row);
                }
                held.put(row.uid, row);
            } else if (!row.contentDigest.equals(digest)) {
                row.contentDigest = digest;
                row.sequence++;
                row.changedAt = now;
            }
            revisions.put(event.uid(), new Revision(row.sequence, row.changedAt));
        }
        return revisions;
    }
}
