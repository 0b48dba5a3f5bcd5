package dev.runstrength.tracking.persistence;

import dev.runstrength.platform.accepted.AcceptedRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AcceptedWorkoutRepository implements AcceptedRequestRepository<AcceptedWorkoutEntity> {

    @Override
    public String table() {
        return "workout_intake";
    }

    @Override
    public String keyColumn() {
        return "workout_id";
    }
}
