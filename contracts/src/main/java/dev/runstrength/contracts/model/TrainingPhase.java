package dev.runstrength.contracts.model;

/** Where the runner stands relative to the goal race. */
public enum TrainingPhase {
    BASE, BUILD, PEAK, TAPER, RECOVERY, GENERAL
}
