package dev.runstrength.planner.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A plan as an RFC 5545 calendar (ical4j): one all-day VEVENT per session. The contract's profile
 * carries no time zone and a plan gives days, not hours, so each session is a date (DTSTART;VALUE=DATE)
 * that every calendar shows on that day wherever it is; TRANSP:TRANSPARENT keeps it from blocking time.
 */
public final class PlanCalendar {

    /** How often a subscribed calendar should look again: plans change after workouts, not by the minute. */
    static final Duration REFRESH = Duration.ofHours(6);

    private PlanCalendar() {
    }

    /** Which revision of an entry a calendar sees: SEQUENCE, and when its content last changed (DTSTAMP). */
    public record Revision(int sequence, Instant changedAt) {
    }

    /**
     * @param revisions by UID, one for every event
     * @return the calendar as text, lines folded and ended with CRLF as RFC 5545 wants
     */
    public static String write(String name, List<SessionEvent> events, Map<String, Revision> revisions) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//RunStrength//Strength plan//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // NAME and REFRESH-INTERVAL are RFC 7986; the X- twins are what older calendar apps read
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        for (SessionEvent event : events) {
            Revision revision = revisions.get(event.uid());
            VEvent entry = new VEvent(event.date(), event.date().plusDays(1), event.summary());
            entry.replace(new DtStamp(revision.changedAt()));
            entry.add(new Uid(event.uid()));
            entry.add(new Sequence(revision.sequence()));
            entry.add(new LastModified(revision.changedAt()));
            entry.add(new Description(event.description()));
            entry.add(new Categories("Strength training"));
            entry.add(ImmutableTransp.TRANSPARENT);
            calendar.add(entry);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
