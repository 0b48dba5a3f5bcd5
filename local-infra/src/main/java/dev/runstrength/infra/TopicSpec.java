package dev.runstrength.infra;

import java.util.Objects;

/** A topic to create: its name, its partition count and whether it keeps only the last record per key. */
public record TopicSpec(String name, int partitions, boolean compacted) {

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + ": partitions must be at least 1, got " + partitions);
        }
    }

    public static TopicSpec deleting(String name, int partitions) {
        return new TopicSpec(name, partitions, false);
    }

    public static TopicSpec compacted(String name, int partitions) {
        return new TopicSpec(name, partitions, true);
    }

    /** The dead-letter twin: same partitions, never compacted, since every failed record must be kept. */
    public TopicSpec deadLetter() {
        return new TopicSpec(name + ".dlq", partitions, false);
    }
}
