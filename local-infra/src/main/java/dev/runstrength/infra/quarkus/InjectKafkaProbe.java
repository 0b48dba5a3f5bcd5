package dev.runstrength.infra.quarkus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code KafkaProbe} field of a {@code @QuarkusTest} that {@link KafkaResource} fills with a probe of
 * the test's broker, open for as long as the application under test runs: no set-up or tear-down in the test.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface InjectKafkaProbe {
}
