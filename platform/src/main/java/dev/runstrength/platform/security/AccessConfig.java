package dev.runstrength.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may call what, beyond what the token verification itself reads ({@code mp.jwt.verify.issuer},
 * {@code mp.jwt.verify.publickey.location}): which claim names the runner, and whether the catalogue
 * may be read without a token.
 */
@ConfigMapping(prefix = "runstrength.security")
public interface AccessConfig {

    /** The claim whose value is the runner id of a runner's own token. */
    @WithDefault("sub")
    String runnerClaim();

    /** GET /exercises and GET /exercises/{id} answer callers without a token. */
    @WithDefault("true")
    boolean anonymousCatalogueReads();

    /** GET /schemas/{name} and GET /asyncapi.yaml (the contract documents) answer callers without a token. */
    @WithDefault("true")
    boolean anonymousContractReads();
}
