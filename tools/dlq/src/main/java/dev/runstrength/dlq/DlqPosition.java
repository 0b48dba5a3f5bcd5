package dev.runstrength.dlq;

import java.util.LinkedHashSet;
import java.util.Set;

/** Where a record sits in the dead-letter topic: {@code partition:offset}, as the tool prints and reads it. */
record DlqPosition(int partition, long offset) implements Comparable<DlqPosition> {

    DlqPosition {
        if (partition < 0 || offset < 0) {
            throw new IllegalArgumentException("partition and offset must not be negative, got " + partition + ":" + offset);
        }
    }

    /** Parses {@code 0:12,2:7}; a malformed entry is named in the message. */
    static Set<DlqPosition> parseList(String text) {
        Set<DlqPosition> positions = new LinkedHashSet<>();
        for (String entry : text.split(",")) {
            String trimmed = entry.trim();
            if (!trimmed.isEmpty()) {
                positions.add(parse(trimmed));
            }
        }
        if (positions.isEmpty()) {
            throw new IllegalArgumentException("--offsets: expected partition:offset[,partition:offset...], got '" + text + "'");
        }
        return positions;
    }

    static DlqPosition parse(String text) {
        int colon = text.indexOf(':');
        try {
            if (colon < 1) {
                throw new NumberFormatException();
            }
            return new DlqPosition(Integer.parseInt(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--offsets: expected partition:offset such as 0:12, got '" + text + "'", e);
        }
    }

    @Override
    public int compareTo(DlqPosition other) {
        int byPartition = Integer.compare(partition, other.partition);
        return byPartition != 0 ? byPartition : Long.compare(offset, other.offset);
    }

    @Override
    public String toString() {
        return partition + ":" + offset;
    }
}
