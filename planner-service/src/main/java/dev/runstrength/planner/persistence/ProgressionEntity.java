package dev.runstrength.planner.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A runner's merged progression state; {@code payload} is a {@code HeldProgression} as JSON. */
@Entity
@Table(name = "runner_progression")
public class ProgressionEntity extends RunnerDocumentEntity {
}
