package dev.runstrength.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.runstrength.contracts.ContractJson;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Every service writes HTTP answers with the wire model's JSON settings, so a field the contract shows as
 * {@code null} ({@code "loadKg": null}) is written the same way over HTTP as in the published events.
 * The services keep Quarkus' reflection-free serializers off ({@code application.properties}), because those
 * bypass this mapper's settings.
 */
@Singleton
public class ContractJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        ContractJson.configure(mapper);
    }
}
