package dev.runstrength.planner.service;

import dev.runstrength.planner.persistence.CalendarFeedRepository;
import dev.runstrength.platform.rest.JsonBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Secret calendar feed URLs: a calendar app subscribes to one without a token, so the secret in it is
 * the only key. 32 random bytes (256 bits) make it unguessable; only its SHA-256 is stored. A runner has
 * at most one: opening a new one revokes the old, and closing it revokes it.
 */
@ApplicationScoped
public class CalendarFeeds {

    /** 32 bytes in URL-safe base64 without padding. */
    public static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CalendarFeedRepository feeds;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CalendarFeeds(CalendarFeedRepository feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    /** A new feed for the runner: its secret, shown once. Any previous feed URL stops working. */
    public record Opened(String secret, Instant createdAt) {
    }

    @Transactional
    public Opened open(String runnerId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        feeds.replace(runnerId, digest(secret), now);
        return new Opened(secret, now);
    }

    /** Revokes the runner's feed URL; true when there was one. */
    @Transactional
    public boolean close(String runnerId) {
        return feeds.deleteById(runnerId);
    }

    /** The runner whose open feed this secret is, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> runnerOf(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        return feeds.bySecretDigest(digest(secret)).map(feed -> feed.runnerId);
    }

    private static String digest(String secret) {
        return JsonBody.digest(secret);
    }
}
