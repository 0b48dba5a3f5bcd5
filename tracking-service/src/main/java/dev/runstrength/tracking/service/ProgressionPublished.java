package dev.runstrength.tracking.service;

import dev.runstrength.tracking.domain.ProgressionUpdate;

/** Fired when a progression update is in the outbox; observers after the commit see only updates that stayed. */
public record ProgressionPublished(ProgressionUpdate update) {
}
