package dev.runstrength.catalog.domain;

/**
 * How much an exercise loads one pain area, graded against the planner's pain rule (DOMAIN rule 5):
 * <ul>
 * <li>LOW: the area takes part but gently (body weight shared by both legs, a supported position, a light
 * stretch); it may stay in a plan even while the area hurts.</li>
 * <li>MODERATE: real, controlled work for the area (one leg's body weight or a moderate load, slow, no
 * impact, or stretching or rolling the painful tissue itself); with mild pain (3-5) it stays, under the
 * pain-monitoring caution.</li>
 * <li>HIGH: landings and foot strikes, heavy or ballistic load, a loaded end range or kneeling on the
 * area; not while the area hurts at 3 or more.</li>
 * </ul>
 */
public enum LoadLevel {
    LOW, MODERATE, HIGH;

    public boolean atLeast(LoadLevel other) {
        return compareTo(other) >= 0;
    }
}
