package dev.runstrength.platform.inbox;

import dev.runstrength.infra.quarkus.KafkaResource;
import dev.runstrength.infra.quarkus.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A real broker with the test topic (and its .dlq twin) and a real database, as the services' tests have. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(value = KafkaResource.class, initArgs = @ResourceArg(name = KafkaResource.TOPICS, value = Ledger.TOPIC))
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = "platform"))
public @interface IntakeTestResources {
}
