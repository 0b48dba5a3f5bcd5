package dev.runstrength.catalog.domain;

/** Seed 004 theory: longer strides come from glutes, quads and calves; quicker cadence from hamstrings and iliopsoas. */
public enum RunningRole {
    STRIDE_LENGTH, CADENCE
}
