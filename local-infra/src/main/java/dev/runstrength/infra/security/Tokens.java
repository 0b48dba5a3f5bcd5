package dev.runstrength.infra.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Bearer tokens as an identity provider would issue them to RunStrength's callers, signed with
 * SmallRye JWT Build: a backend, a catalogue editor, or one runner (subject = runner id).
 */
public final class Tokens {

    /** The issuer the services expect unless configured otherwise ({@code mp.jwt.verify.issuer}). */
    public static final String LOCAL_ISSUER = "urn:runstrength:local";
    public static final String BACKEND = "runstrength-backend";
    public static final String CATALOG_EDITOR = "runstrength-catalog-editor";
    public static final Duration A_DAY = Duration.ofDays(1);

    private final PrivateKey key;
    private final String issuer;

    public Tokens(PrivateKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /** Signed with the private half of {@code local-infra}'s {@code test-keys/} pair, which the services' tests trust. */
    public static Tokens forTests() {
        return new Tokens(SigningKeys.privateKeyFromPem(SigningKeys.resource("test-keys/privateKey.pem")), LOCAL_ISSUER);
    }

    /** A token for a caller in one group (a backend, an editor), valid for {@code lifetime} from now. */
    public String forRole(String group, Duration lifetime) {
        return sign(group.replace("runstrength-", "local-"), Set.of(group), Instant.now().plus(lifetime));
    }

    /** A runner's own token: subject = runner id, no groups. */
    public String forRunner(String runnerId, Duration lifetime) {
        return sign(runnerId, Set.of(), Instant.now().plus(lifetime));
    }

    public String backend() {
        return forRole(BACKEND, A_DAY);
    }

    public String editor() {
        return forRole(CATALOG_EDITOR, A_DAY);
    }

    public String runner(String runnerId) {
        return forRunner(runnerId, A_DAY);
    }

    /** Signed and shaped like any other, but its expiry lies an hour back (beyond any clock skew allowed). */
    public String expired(String group) {
        return sign("local-expired", Set.of(group), Instant.now().minus(Duration.ofHours(1)));
    }

    /** The same claims as {@link #backend()}, signed by a key nobody trusts. */
    public static String badSignature(String group) {
        return new Tokens(SigningKeys.generate().getPrivate(), LOCAL_ISSUER).forRole(group, A_DAY);
    }


    public String sign(String subject, Set<String> groups, Instant expiresAt) {
        Instant now = Instant.now();
        Instant issued = expiresAt.isAfter(now) ? now : expiresAt.minus(Duration.ofMinutes(5));
        JwtClaimsBuilder claims = Jwt.issuer(issuer).subject(subject).issuedAt(issued).expiresAt(expiresAt);
        if (!groups.isEmpty()) {
            claims.groups(groups);
        }
        return claims.jws().sign(key);
    }
}
