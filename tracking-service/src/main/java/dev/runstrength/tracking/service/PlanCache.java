package dev.runstrength.tracking.service;

import dev.runstrength.tracking.domain.PlanView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Plans as the engine reads them, parsed once. A published plan never changes, so a parsed plan is
 * good for as long as it is kept; the cache keeps the most recently used {@value #SIZE}, enough for
 * the plans current in a batch, and little memory.
 */
@ApplicationScoped
public class PlanCache {

    static final int SIZE = 256;

    private final Map<String, PlanView> parsed = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PlanView> eldest) {
            return size() > SIZE;
        }
    };

    /** The runner's plan, parsed by {@code load} when it is not kept; nothing is kept for a plan not found. */
    Optional<PlanView> get(String runnerId, String planId, Supplier<Optional<PlanView>> load) {
        String key = runnerId + '\u0000' + planId;
        synchronized (parsed) {
            PlanView kept = parsed.get(key);
            if (kept != null) {
                return Optional.of(kept);
            }
        }
        Optional<PlanView> loaded = load.get();
        loaded.ifPresent(plan -> {
            synchronized (parsed) {
                parsed.put(key, plan);
            }
        });
        return loaded;
    }
}
