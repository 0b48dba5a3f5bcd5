package dev.runstrength.infra.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class DomainPurityTest {

    @Test
    void aDomainClassUsingAKafkaTypeBreaksTheRule() {
        var classes = new ClassFileImporter().importPackages("dev.runstrength.infra.architecture.fixture.domain");

        assertThatThrownBy(() -> DomainPurity.rule().check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ImpureRule")
                .hasMessageContaining("org.apache.kafka.clients.consumer.ConsumerRecord");
    }

    @Test
    void aPlainJavaDomainClassKeepsIt() {
        var classes = new ClassFileImporter().importPackages("dev.runstrength.infra.architecture.fixture.domain.clean");

        assertThatCode(() -> DomainPurity.rule().check(classes)).doesNotThrowAnyException();
    }

    @Test
    void aBasePackageWithoutDomainClassesIsRefusedRatherThanPassed() {
        assertThatThrownBy(() -> DomainPurity.check("dev.runstrength.no.such.service"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("would prove nothing");
    }
}
