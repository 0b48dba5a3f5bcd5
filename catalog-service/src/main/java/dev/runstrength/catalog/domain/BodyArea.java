package dev.runstrength.catalog.domain;

/** Where on the body an exercise works. */
public enum BodyArea {
    ANKLE, FOOT, CALF, SHIN, KNEE, THIGH, HIP, GROIN, CORE, LOWER_BACK, THORACIC_SPINE, FULL_BODY
}
