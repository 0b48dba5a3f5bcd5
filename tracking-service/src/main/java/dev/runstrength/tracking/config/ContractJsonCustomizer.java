package dev.runstrength.tracking.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.runstrength.contracts.ContractJson;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * HTTP answers use the wire model's JSON settings, so a prescription shows {@code "loadKg": null}
 * over HTTP exactly as it does in the published events.
 */
@Singleton
public class ContractJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        ContractJson.configure(mapper);
    }
}
