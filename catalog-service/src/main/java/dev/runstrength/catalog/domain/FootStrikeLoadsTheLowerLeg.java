package dev.runstrength.catalog.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Work that strikes or springs off the ground (HIGH impact, PLYOMETRIC or SWIFTNESS purpose, or the
 * PLYOMETRIC pattern, which holds the explosive push-offs) loads the whole lower-leg chain HIGH: foot,
 * heel, Achilles, ankle, calf and shin. DOMAIN rule 5 keeps skips, dribbles, hops, rope and explosive
 * push-offs from a runner with pain of 3 or more in any of them; HIGH is what says so in {@code loads}.
 */
public final class FootStrikeLoadsTheLowerLeg implements IntegrityRule {

    public static final Set<PainArea> LOWER_LEG = EnumSet.of(PainArea.FOOT, PainArea.HEEL, PainArea.ACHILLES,
            PainArea.ANKLE, PainArea.CALF, PainArea.SHIN);

    public static boolean strikesTheGround(Exercise exercise) {
        return exercise.impact() == Impact.HIGH || exercise.serves(Purpose.PLYOMETRIC)
                || exercise.serves(Purpose.SWIFTNESS) || exercise.pattern() == MovementPattern.PLYOMETRIC;
    }

    @Override
    public List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue) {
        if (!strikesTheGround(candidate)) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        for (PainArea area : LOWER_LEG) {
            LoadLevel load = candidate.loads().get(area);
            if (load != LoadLevel.HIGH) {
                violations.add(Violation.of("loads." + area,
                        "HIGH for work that strikes or springs off the ground", load));
            }
        }
        return violations;
    }
}
