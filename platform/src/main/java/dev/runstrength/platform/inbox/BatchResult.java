package dev.runstrength.platform.inbox;

/**
 * What the intake did with one poll's records.
 *
 * @param applied    records whose event was applied now
 * @param duplicates records whose event had been applied before (or came twice in the batch)
 * @param rejected   records sent to the dead-letter topic
 * @param isolated   true when the batch failed as a whole and its records were applied one at a time
 */
public record BatchResult(int applied, int duplicates, int rejected, boolean isolated) {
}
