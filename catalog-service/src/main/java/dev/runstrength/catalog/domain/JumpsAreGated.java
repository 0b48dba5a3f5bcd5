package dev.runstrength.catalog.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jumps carry what the planner's gates read: HIGH impact or PLYOMETRIC work starts at INTERMEDIATE
 * (DOMAIN rule 6), counts its foot contacts, and is contraindicated for knee and lower-leg pain
 * (DOMAIN rule 5: no jumps with knee pain; landings load the Achilles, heel, foot, ankle, calf and shin).
 */
public final class JumpsAreGated implements IntegrityRule {

    public static final Set<PainArea> LANDING_AREAS = EnumSet.of(PainArea.KNEE, PainArea.ACHILLES, PainArea.HEEL,
            PainArea.FOOT, PainArea.ANKLE, PainArea.SHIN, PainArea.CALF);

    @Override
    public List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue) {
        List<Violation> violations = new ArrayList<>();
        boolean jump = candidate.impact() == Impact.HIGH || candidate.serves(Purpose.PLYOMETRIC);
        if (!jump) {
            if (candidate.footContactsPerRep() > 0) {
                violations.add(Violation.of("footContactsPerRep", "0 for work that is neither HIGH impact nor PLYOMETRIC",
                        candidate.footContactsPerRep()));
            }
            return violations;
        }
        if (candidate.minLevel() == Level.BEGINNER) {
            violations.add(Violation.of("minLevel", "INTERMEDIATE or ADVANCED for HIGH impact or PLYOMETRIC work",
                    candidate.minLevel()));
        }
        if (candidate.footContactsPerRep() < 1) {
            violations.add(Violation.of("footContactsPerRep", "at least 1 for HIGH impact or PLYOMETRIC work",
                    candidate.footContactsPerRep()));
        }
        if (!candidate.contraindications().containsAll(LANDING_AREAS)) {
            violations.add(Violation.of("contraindications", "all of " + LANDING_AREAS + " for jumps",
                    candidate.contraindications()));
        }
        return violations;
    }
}
