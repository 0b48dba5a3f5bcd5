package dev.runstrength.platform.contract;

import dev.runstrength.contracts.EventKind;
import io.smallrye.config.ConfigMapping;
import java.util.Set;

/**
 * Which events of the contract this service publishes or consumes: the schemas it serves at
 * {@code /schemas/<name>.v1.json} and the channels of the AsyncAPI document it serves.
 */
@ConfigMapping(prefix = "runstrength.contract")
public interface ContractConfig {

    /** Event kinds by schema name, e.g. {@code runner-profile-updated,plan-generated}. */
    Set<EventKind> events();
}
