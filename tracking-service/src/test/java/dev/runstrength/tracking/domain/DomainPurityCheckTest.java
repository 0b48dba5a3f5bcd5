package dev.runstrength.tracking.domain;

import dev.runstrength.infra.architecture.DomainPurity;
import org.junit.jupiter.api.Test;

/** The progression engine uses no framework type (the rule and its own test are in local-infra). */
class DomainPurityCheckTest {

    @Test
    void trackingDomainIsPlainJava() {
        DomainPurity.check("dev.runstrength.tracking");
    }
}
