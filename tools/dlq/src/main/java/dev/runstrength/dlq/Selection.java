package dev.runstrength.dlq;

import java.util.Locale;
import java.util.Set;

/**
 * Which dead letters a command works on. Every part left null selects everything: named positions, a
 * reason substring (case-insensitive; a record with no reason never matches one), one partition, an
 * inclusive offset range.
 */
record Selection(Set<DlqPosition> positions, String reasonContains, Integer partition, Long fromOffset, Long toOffset) {

    Selection {
        positions = positions == null ? null : Set.copyOf(positions);
        if (reasonContains != null && reasonContains.isBlank()) {
            throw new IllegalArgumentException("--reason: expected some text to look for, got '" + reasonContains + "'");
        }
        if (fromOffset != null && toOffset != null && fromOffset > toOffset) {
            throw new IllegalArgumentException("--from-offset " + fromOffset + " is after --to-offset " + toOffset);
        }
    }

    static Selection everything() {
        return new Selection(null, null, null, null, null);
    }

    boolean matches(DeadLetter letter) {
        DlqPosition position = letter.position();
        if (positions != null && !positions.contains(position)) {
            return false;
        }
        if (partition != null && position.partition() != partition) {
            return false;
        }
        if (fromOffset != null && position.offset() < fromOffset) {
            return false;
        }
        if (toOffset != null && position.offset() > toOffset) {
            return false;
        }
        if (reasonContains != null) {
            String reason = letter.reason();
            return reason != null && reason.toLowerCase(Locale.ROOT).contains(reasonContains.toLowerCase(Locale.ROOT));
        }
        return true;
    }
}
