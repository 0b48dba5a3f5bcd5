package dev.runstrength.planner.messaging;

import dev.runstrength.planner.mapping.WireJson;
import dev.runstrength.platform.inbox.AcceptedEvent;
import dev.runstrength.platform.inbox.RejectedRecord;
import java.util.ArrayList;
import java.util.List;

/** Reads validated events' data into their wire-model records. */
final class EventData {

    private EventData() {
    }

    /**
     * Data the schema accepted but the record cannot hold is a gap between schema and record: the
     * event is refused (dead-lettered once found), never retried.
     */
    static <T> List<T> readAll(List<AcceptedEvent> events, Class<T> type) {
        List<T> read = new ArrayList<>(events.size());
        for (AcceptedEvent event : events) {
            try {
                read.add(WireJson.read(event.event().data(), type));
            } catch (IllegalArgumentException e) {
                throw new RejectedRecord("data: " + e.getMessage(), e);
            }
        }
        return read;
    }
}
