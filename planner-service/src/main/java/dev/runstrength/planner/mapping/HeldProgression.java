package dev.runstrength.planner.mapping;

import dev.runstrength.contracts.events.Prescription;
import dev.runstrength.contracts.events.ProgressionUpdate;
import dev.runstrength.contracts.model.Decision;
import dev.runstrength.contracts.model.FlagType;
import dev.runstrength.contracts.model.PainArea;
import dev.runstrength.planner.domain.Pain;
import dev.runstrength.planner.domain.ProgressionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What planner-service keeps of tracking.progressions for one runner (stored as JSON):
 * <ul>
 * <li>{@code prescriptions}: by the exercise the runner was doing (a change's {@code from} id), the
 * latest {@code to}. A later change for an exercise that an entry already points to (a second ladder
 * step, or new reps on the exercise a move led to) updates every entry pointing there, so all keys
 * that lead to one exercise carry its latest prescription.</li>
 * <li>{@code painFlags}: areas of PAIN flags, each with the updatedAt of the last update that carried it.
 * An update without a PAIN flag for an area clears it (tracking carries a flag in every update until the
 * area has been loaded pain-free twice in a row); a profile newer than a flag overrides it (see
 * {@link #toDomain}).</li>
 * <li>{@code painSeverities}: the severity each open PAIN flag carries (v1.1; the highest when one update
 * flags an area twice). A flag without one, or state stored before severities were kept, reads as
 * {@link #PAIN_FLAG_SEVERITY}.</li>
 * <li>{@code otherFlags}: the other flags (ASYMMETRY, MISSED_SESSIONS, OVERREACHING) of the last
 * update, as {@code TYPE} or {@code TYPE:AREA}, so that a flag tracking raises anew is told apart
 * from one it repeats.</li>
 * </ul>
 */
public record HeldProgression(Instant updatedAt, Map<String, Prescription> prescriptions, Map<String, String> reasons,
                              Map<PainArea, Instant> painFlags, Set<String> otherFlags,
                              Map<PainArea, Integer> painSeverities) {

    /**
     * The severity of a PAIN flag that carries none (an update from before v1.1): tracking raises the
     * flag from a pain of 4/10 (Silbernagel "caution"), so the planner reads it as 4, above its exclusion
     * threshold of 3.
     */
    public static final int PAIN_FLAG_SEVERITY = 4;

    public HeldProgression {
        prescriptions = prescriptions == null ? Map.of() : new TreeMap<>(prescriptions);
        reasons = reasons == null ? Map.of() : new TreeMap<>(reasons);
        painFlags = painFlags == null ? Map.of() : new TreeMap<>(painFlags);
        otherFlags = otherFlags == null ? Set.of() : new TreeSet<>(otherFlags);
        painSeverities = painSeverities == null ? Map.of() : new TreeMap<>(painSeverities);
    }

    public static HeldProgression none() {
        return new HeldProgression(null, Map.of(), Map.of(), Map.of(), Set.of(), Map.of());
    }

    /** The state after {@code update}. */
    public HeldProgression merge(ProgressionUpdate update) {
        Map<String, Prescription> next = new TreeMap<>(prescriptions);
        Map<String, String> nextReasons = new TreeMap<>(reasons);
        for (ProgressionUpdate.Change change : update.changes()) {
            Prescription to = change.to();
            if (to == null || to.exerciseId() == null) {
                continue;
            }
            String from = change.from() != null && change.from().exerciseId() != null
                    ? change.from().exerciseId() : change.exerciseId();
            for (Map.Entry<String, Prescription> e : next.entrySet()) {
                String target = e.getValue().exerciseId();
                if (target.equals(from) || target.equals(to.exerciseId())) {
                    e.setValue(to);
                    nextReasons.put(e.getKey(), change.reason());
                }
            }
            next.put(from, to);
            if (change.reason() != null) {
                nextReasons.put(from, change.reason());
            } else {
                nextReasons.remove(from);
            }
        }
        nextReasons.values().removeIf(Objects::isNull);
        Map<PainArea, Instant> flags = new EnumMap<>(PainArea.class);
        Map<PainArea, Integer> severities = painSeverities(update);
        for (PainArea area : severities.keySet()) {
            flags.put(area, update.updatedAt());
        }
        return new HeldProgression(update.updatedAt(), next, nextReasons, flags, otherFlagKeys(update), severities);
    }

    /**
     * Areas flagged PAIN by the update that are not open in this state (as seen after the profile), or
     * open at another severity: either changes what rule 5 allows.
     */
    public Set<PainArea> newFlags(ProgressionUpdate update, Instant profileUpdatedAt) {
        Map<PainArea, Instant> open = openFlags(profileUpdatedAt);
        Set<PainArea> fresh = new TreeSet<>();
        painSeverities(update).forEach((area, severity) -> {
            if (!open.containsKey(area) || severity != severityOf(area)) {
                fresh.add(area);
            }
        });
        return fresh;
    }

    private int severityOf(PainArea area) {
        return painSeverities.getOrDefault(area, PAIN_FLAG_SEVERITY);
    }

    /** Flags other than PAIN that the update raises and the last update did not. */
    public Set<String> newOtherFlags(ProgressionUpdate update) {
        Set<String> fresh = otherFlagKeys(update);
        fresh.removeAll(otherFlags);
        return fresh;
    }

    private static Set<String> otherFlagKeys(ProgressionUpdate update) {
        Set<String> keys = new TreeSet<>();
        for (ProgressionUpdate.Flag flag : update.flags()) {
            if (flag.type() != FlagType.PAIN) {
                keys.add(flag.area() == null ? flag.type().name() : flag.type().name() + ":" + flag.area().name());
            }
        }
        return keys;
    }

    /** True when the update asks for a new plan: a change that is not HOLD. */
    public static boolean changesAnything(ProgressionUpdate update) {
        return update.changes().stream().anyMatch(c -> c.decision() != Decision.HOLD);
    }

    private Map<PainArea, Instant> openFlags(Instant profileUpdatedAt) {
        Map<PainArea, Instant> open = new TreeMap<>();
        painFlags.forEach((area, at) -> {
            if (profileUpdatedAt == null || at.isAfter(profileUpdatedAt)) {
                open.put(area, at);
            }
        });
        return open;
    }

    /** The update's PAIN flags with an area: the highest severity per area, {@link #PAIN_FLAG_SEVERITY} when a flag has none. */
    private static Map<PainArea, Integer> painSeverities(ProgressionUpdate update) {
        Map<PainArea, Integer> severities = new TreeMap<>();
        for (ProgressionUpdate.Flag flag : update.flags()) {
            if (flag.type() == FlagType.PAIN && flag.area() != null) {
                int severity = flag.severity() == null ? PAIN_FLAG_SEVERITY : Math.max(0, Math.min(10, flag.severity()));
                severities.merge(flag.area(), severity, Math::max);
            }
        }
        return severities;
    }

    /** The domain's view for a plan from a profile updated at {@code profileUpdatedAt}: older flags are dropped. */
    public ProgressionState toDomain(Instant profileUpdatedAt) {
        Map<String, dev.runstrength.planner.domain.Prescription> domain = new TreeMap<>();
        prescriptions.forEach((from, p) -> domain.put(from, new dev.runstrength.planner.domain.Prescription(
                p.exerciseId(), p.sets(), p.reps(), p.holdSeconds(), p.loadKg())));
        List<Pain> pains = new ArrayList<>();
        openFlags(profileUpdatedAt).keySet().forEach(area -> pains.add(
                new Pain(Enums.byName(area, dev.runstrength.planner.domain.PainArea.class), severityOf(area))));
        return new ProgressionState(updatedAt, domain, pains, reasons);
    }
}
