package dev.runstrength.contracts.model;

/** The three parts of every session, in this order. */
public enum BlockPhase {
    PREPARE, STRENGTHEN, RECOVER
}
