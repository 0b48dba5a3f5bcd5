package dev.runstrength.tracking.domain;

import java.util.List;

/** Why a workout deloads: the flags it raises and the words reasons start with. */
public record DeloadCause(List<Flag> flags, String why) {

    public DeloadCause {
        flags = List.copyOf(flags);
    }
}
