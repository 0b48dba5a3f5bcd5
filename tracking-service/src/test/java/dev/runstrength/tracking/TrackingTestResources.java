package dev.runstrength.tracking;

import dev.runstrength.infra.quarkus.KafkaResource;
import dev.runstrength.infra.quarkus.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The real broker and database every tracking test runs against. All test classes carry the same
 * resources, so they share one application, one database and one broker.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = "tracking"))
public @interface TrackingTestResources {
}
