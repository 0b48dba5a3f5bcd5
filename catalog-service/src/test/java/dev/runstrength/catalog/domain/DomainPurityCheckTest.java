package dev.runstrength.catalog.domain;

import dev.runstrength.infra.architecture.DomainPurity;
import org.junit.jupiter.api.Test;

/** The catalogue rules use no framework type (the rule and its own test are in local-infra). */
class DomainPurityCheckTest {

    @Test
    void catalogueDomainIsPlainJava() {
        DomainPurity.check("dev.runstrength.catalog");
    }
}
