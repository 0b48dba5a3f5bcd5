package dev.runstrength.planner.export;

import dev.runstrength.platform.rest.JsonBody;
import java.time.LocalDate;

/**
 * One planned session as a calendar shows it. The UID names the runner, the day and the slot (the
 * session's place among that day's sessions), never the plan, so a replan keeps it; the digest is of
 * what the entry shows, so the entry's SEQUENCE rises exactly when that changes.
 */
public record SessionEvent(String uid, LocalDate date, String summary, String description) {

    public static String uid(String runnerId, LocalDate date, int slot) {
        return "session-" + date + "-" + slot + "-" + runnerId + "@runstrength";
    }

    /** A SHA-256 of the summary and the description (the date is in the UID). */
    public String digest() {
        return JsonBody.digest(summary + "\n" + description);
    }
}
