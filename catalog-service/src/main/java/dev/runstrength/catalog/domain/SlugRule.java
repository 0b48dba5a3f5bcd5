package dev.runstrength.catalog.domain;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Ids are stable lower-case slugs, because they are Kafka keys and URL path segments. */
public final class SlugRule implements IntegrityRule {

    public static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    // Same ceiling the contract uses for runner ids, so keys stay short on every topic.
    public static final int MAX_LENGTH = 64;

    public static boolean isSlug(String id) {
        return id != null && id.length() <= MAX_LENGTH && SLUG.matcher(id).matches();
    }

    @Override
    public List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue) {
        if (isSlug(candidate.id())) {
            return List.of();
        }
        return List.of(Violation.of("id",
                "a slug of lower-case letters and digits joined by single hyphens, at most " + MAX_LENGTH
                        + " characters",
                candidate.id()));
    }
}
