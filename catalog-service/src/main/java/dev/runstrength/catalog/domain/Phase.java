package dev.runstrength.catalog.domain;

/** The three parts of every session (seed 000): prepare, strengthen, recover. */
public enum Phase {
    PREPARE, STRENGTHEN, RECOVER
}
