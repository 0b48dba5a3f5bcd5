package dev.runstrength.planner.domain;

import dev.runstrength.infra.architecture.DomainPurity;
import org.junit.jupiter.api.Test;

/** The plan generator and the shared dose model use no framework type (the rule and its own test are in local-infra). */
class DomainPurityCheckTest {

    @Test
    void plannerDomainIsPlainJava() {
        DomainPurity.check("dev.runstrength.planner");
    }

    @Test
    void doseModelIsPlainJava() {
        DomainPurity.checkWholePackage("dev.runstrength.dose");
    }
}
