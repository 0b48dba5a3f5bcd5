package dev.runstrength.platform.security;

import dev.runstrength.platform.rest.Params;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The checks an annotation cannot express: a runner's own data, and catalogue reads that may be
 * anonymous. Authentication is lazy ({@code quarkus.http.auth.proactive=false}), so the first look
 * at the identity verifies the token; a bad one fails there and becomes a 401 problem.
 */
@ApplicationScoped
public class Access {

    private final SecurityIdentity identity;
    private final AccessConfig config;

    public Access(SecurityIdentity identity, AccessConfig config) {
        this.identity = identity;
        this.config = config;
    }

    /** A backend may read any runner; a runner's own token only that runner. */
    public void toRunner(String runnerId) {
        requireToken();
        if (identity.hasRole(Roles.BACKEND)) {
            return;
        }
        String subject = runnerOf();
        if (subject == null || !subject.equals(runnerId)) {
            throw new ForbiddenException("runnerId: this token may read " + (subject == null
                    ? "no runner's data" : "only runner " + Params.echo(subject)) + ", not " + Params.echo(runnerId));
        }
    }

    /**
     * The runner id of a path, once {@link #toRunner} lets the caller at that runner and it is well formed
     * ({@link Params#runnerId}: a 400 problem naming {@code runnerId} otherwise).
     */
    public String runnerInPath(String runnerId) {
        toRunner(runnerId);
        return Params.runnerId(runnerId);
    }

    /** Anyone when anonymous catalogue reads are on; else any valid token. A token sent must be valid either way. */
    public void toCatalogue() {
        if (identity.isAnonymous() && !config.anonymousCatalogueReads()) {
            throw new UnauthorizedException("Authorization: a bearer token is required to read the catalogue");
        }
    }

    /** The contract documents: the same rule as catalogue reads, under its own setting. */
    public void toContract() {
        if (identity.isAnonymous() && !config.anonymousContractReads()) {
            throw new UnauthorizedException("Authorization: a bearer token is required to read the contract documents");
        }
    }

    /**
     * An endpoint open to anyone, such as a secret calendar feed URL a calendar app polls without a
     * token. A token that is sent must still be valid: a broken one is a 401, so its owner learns at once.
     */
    public void anyone() {
        identity.isAnonymous();
    }

    /** The runner the token speaks for: the configured claim, or null when it has none. */
    public String runnerOf() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(config.runnerClaim());
            if (claim instanceof JsonString text) {
                return text.getString();
            }
            return claim == null ? null : claim.toString();
        }
        return null;
    }

    /** Any valid token; none is a 401. */
    public void requireToken() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException("Authorization: a bearer token is required");
        }
    }
}
