package dev.runstrength.planner.service;

import dev.runstrength.planner.export.PlanCalendar.Revision;
import dev.runstrength.planner.export.SessionEvent;
import dev.runstrength.planner.persistence.CalendarSessions;
import dev.runstrength.planner.persistence.Plans;
import dev.runstrength.planner.persistence.RunnerErasures;
import dev.runstrength.planner.persistence.StoredCalendarSession;
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

    private final CalendarSessions sessions;
    private final Clock clock;
    private final RunnerErasures erasures;
    private final Plans plans;

    public CalendarRevisions(CalendarSessions sessions, Clock clock, RunnerErasures erasures, Plans plans) {
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
        Map<String, StoredCalendarSession> held = sessions.byUid(events.stream().map(SessionEvent::uid).toList())
                .stream().collect(Collectors.toMap(row -> row.uid, Function.identity()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Revision> revisions = new HashMap<>();
        for (SessionEvent event : events) {
            String digest = event.digest();
            StoredCalendarSession row = held.get(event.uid());
            if (row == null) {
                row = new StoredCalendarSession();
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
