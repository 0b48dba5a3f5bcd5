package dev.runstrength.planner.persistence;

import dev.runstrength.platform.accepted.AcceptedRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AcceptedProfileRepository implements AcceptedRequestRepository<AcceptedProfileEntity> {

    @Override
    public String table() {
        return "profile_intake";
    }

    @Override
    public String keyColumn() {
        return "intake_key";
    }
}
