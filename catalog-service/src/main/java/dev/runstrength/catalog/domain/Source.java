package dev.runstrength.catalog.domain;

/** Where an exercise or its dose comes from: a seed document or a cited public source. */
public record Source(String title, String url) {
}
