package dev.runstrength.planner.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** The worst current severity per pain area, from the profile and tracking's pain flags. */
record PainPicture(Map<PainArea, Integer> severities) {

    static PainPicture of(Collection<Pain> profilePains, Collection<Pain> flags) {
        Map<PainArea, Integer> map = new EnumMap<>(PainArea.class);
        for (Collection<Pain> source : java.util.List.of(profilePains, flags)) {
            for (Pain pain : source) {
                map.merge(pain.area(), pain.severity(), Math::max);
            }
        }
        return new PainPicture(map);
    }

    int severity(PainArea area) {
        return severities.getOrDefault(area, 0);
    }

    int worstLeg() {
        return severities.entrySet().stream().filter(e -> e.getKey().isLeg())
                .mapToInt(Map.Entry::getValue).max().orElse(0);
    }

    boolean any() {
        return severities.values().stream().anyMatch(s -> s > 0);
    }
}
