package dev.runstrength.planner.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.runstrength.contracts.ContractJson;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * HTTP answers use the wire model's JSON settings, so a plan reads the same over HTTP as on
 * {@code planner.plans} (ISO dates, nulls written).
 */
@Singleton
public class ContractJsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        ContractJson.configure(mapper);
    }
}
