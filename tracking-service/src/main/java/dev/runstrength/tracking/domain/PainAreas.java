package dev.runstrength.tracking.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The pain areas a catalogue body area stands for, until the catalogue says which areas an exercise
 * loads ({@code loads}, CONTRACT v1.1). A body area with a pain area's name is that area; the others
 * lend their parts: the calf its Achilles tendon, the foot its heel, the thigh its hamstrings, the
 * ankle the Achilles tendon that crosses it. CORE, THORACIC_SPINE and FULL_BODY stand for none.
 */
public final class PainAreas {

    private static final Map<String, Set<PainArea>> PARTS = Map.of(
            "CALF", EnumSet.of(PainArea.ACHILLES),
            "FOOT", EnumSet.of(PainArea.FOOT, PainArea.HEEL),
            "THIGH", EnumSet.of(PainArea.HAMSTRING),
            "ANKLE", EnumSet.of(PainArea.ACHILLES));

    private PainAreas() {
    }

    public static Set<PainArea> loadedBy(Collection<String> bodyAreas) {
        Set<PainArea> areas = EnumSet.noneOf(PainArea.class);
        for (String bodyArea : bodyAreas) {
            areas.addAll(PARTS.getOrDefault(bodyArea, Set.of()));
            for (PainArea area : PainArea.values()) {
                if (area.name().equals(bodyArea)) {
                    areas.add(area);
                }
            }
        }
        return areas;
    }
}
