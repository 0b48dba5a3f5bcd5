package dev.runstrength.planner.persistence;

import dev.runstrength.platform.accepted.AcceptedRequestEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A profile accepted over HTTP and published on {@code runner.profiles}; the key is runnerId@updatedAt. */
@Entity
@Table(name = "profile_intake")
public class AcceptedProfileEntity extends AcceptedRequestEntity {

    @Id
    @Column(name = "intake_key")
    public String key;
}
