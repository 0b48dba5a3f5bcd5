package dev.runstrength.contracts.model;

public enum BodyArea {
    ANKLE, FOOT, CALF, SHIN, KNEE, THIGH, HIP, GROIN, CORE, LOWER_BACK, THORACIC_SPINE, FULL_BODY
}
