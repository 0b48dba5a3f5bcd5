package dev.runstrength.infra.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rule that keeps a service's domain core pure: the plan generator, the progression engine and the
 * catalogue rules are plain Java, unit- and property-tested without a container, a broker or a
 * database. A class in a {@code ..domain..} package may not depend on a framework type, whether by an
 * import, a field, a signature or an annotation.
 */
public final class DomainPurity {

    /** Packages a domain class may not use; each is a framework the adapters around the core own. */
    public static final String[] FRAMEWORK_PACKAGES = {
        "io.quarkus..", "io.smallrye..", "jakarta..", "javax.persistence..", "org.apache.kafka..",
        "com.fasterxml.jackson..", "org.hibernate..", "org.eclipse.microprofile..", "io.micrometer..",
        "io.vertx..", "org.jboss..",
    };

    private DomainPurity() {
    }

    /** The rule over every class in a {@code ..domain..} package. */
    public static ArchRule rule() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES)
                .because("the domain core is plain Java; adapters (messaging, rest, persistence) wrap it");
    }

    /** The production classes of {@code basePackage} and below, tests left out. */
    public static JavaClasses classesOf(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
    }

    /** Fails with every offending dependency listed when a domain class under {@code basePackage} uses a framework. */
    public static void check(String basePackage) {
        JavaClasses classes = classesOf(basePackage);
        if (classes.stream().noneMatch(c -> c.getPackageName().contains(".domain"))) {
            throw new AssertionError("no domain class found under " + basePackage + ": the check would prove nothing");
        }
        rule().check(classes);
    }

    /** Fails when any class of a module that is pure as a whole (such as the dose model) uses a framework. */
    public static void checkWholePackage(String pkg) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(pkg);
        if (classes.isEmpty()) {
            throw new AssertionError("no class found in " + pkg + ": the check would prove nothing");
        }
        noClasses().should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES)
                .because(pkg + " is plain Java shared by the domain cores")
                .check(classes);
    }
}
