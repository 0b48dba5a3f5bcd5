package dev.runstrength.planner.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The latest runner profile held; {@code payload} is the profile event's data as received. */
@Entity
@Table(name = "runner_profile")
public class ProfileEntity extends RunnerDocumentEntity {
}
