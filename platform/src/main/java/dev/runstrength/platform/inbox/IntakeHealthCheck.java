package dev.runstrength.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The service's readiness as its consumers see it ({@link IntakeReadiness}), in {@code /q/health/ready}. */
@Readiness
@ApplicationScoped
public class IntakeHealthCheck implements HealthCheck {

    private final IntakeReadiness readiness;

    public IntakeHealthCheck(IntakeReadiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public HealthCheckResponse call() {
        return readiness.call();
    }
}
