package dev.runstrength.planner.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The worst current severity per pain area, from the profile and tracking's pain flags (the worse wins).
 * The figures rules ask for (worst leg, worst foot chain, worst anywhere) are worked out once.
 */
public final class PainPicture {

    private final Map<PainArea, Integer> severities;
    private final int[] byArea = new int[PainArea.values().length];
    private final List<PainArea> areas;
    private final int worst;
    private final int worstLeg;
    private final int worstFootChain;

    public PainPicture(Map<PainArea, Integer> severities) {
        Map<PainArea, Integer> copy = new EnumMap<>(PainArea.class);
        severities.forEach((area, s) -> {
            if (s != null && s > 0) {
                copy.put(area, s);
            }
        });
        this.severities = Collections.unmodifiableMap(copy);
        List<PainArea> hurting = new ArrayList<>();
        int w = 0;
        int leg = 0;
        int foot = 0;
        for (Map.Entry<PainArea, Integer> e : copy.entrySet()) {
            int s = e.getValue();
            byArea[e.getKey().ordinal()] = s;
            hurting.add(e.getKey());
            w = Math.max(w, s);
            leg = e.getKey().isLeg() ? Math.max(leg, s) : leg;
            foot = e.getKey().isFootChain() ? Math.max(foot, s) : foot;
        }
        this.areas = List.copyOf(hurting);
        this.worst = w;
        this.worstLeg = leg;
        this.worstFootChain = foot;
    }

    public static PainPicture of(Collection<Pain> profilePains, Collection<Pain> flags) {
        Map<PainArea, Integer> map = new EnumMap<>(PainArea.class);
        for (Collection<Pain> source : List.of(profilePains, flags)) {
            for (Pain pain : source) {
                map.merge(pain.area(), pain.severity(), Math::max);
            }
        }
        return new PainPicture(map);
    }

    public static PainPicture none() {
        return new PainPicture(Map.of());
    }

    public Map<PainArea, Integer> severities() {
        return severities;
    }

    public int severity(PainArea area) {
        return byArea[area.ordinal()];
    }

    public PainBand band(PainArea area) {
        return PainBand.of(severity(area));
    }

    public boolean atLeast(PainArea area, int severity) {
        return severity(area) >= severity;
    }

    /** The worst pain of any leg area (every area but the lower back). */
    public int worstLeg() {
        return worstLeg;
    }

    /** The worst pain in the foot chain (HEEL, ACHILLES, FOOT, ANKLE, SHIN, CALF). */
    public int worstFootChain() {
        return worstFootChain;
    }

    public int worst() {
        return worst;
    }

    /** Pain in the severe band anywhere, back and hip included. */
    /** The level whose dose and weekly volume (sets, exercises a session) strength work takes: a beginner's with severe pain. */
    public Level volumeLevel(Level level) {
        return severeAnywhere() ? Level.BEGINNER : level;
    }

    public boolean severeAnywhere() {
        return worst >= PainBand.SEVERE_FROM;
    }

    public boolean any() {
        return worst > 0;
    }

    /** The areas that hurt, in declaration order. */
    public List<PainArea> areas() {
        return areas;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PainPicture p && p.severities.equals(severities);
    }

    @Override
    public int hashCode() {
        return severities.hashCode();
    }

    @Override
    public String toString() {
        return "PainPicture" + severities;
    }
}
