package dev.runstrength.local;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies (milliseconds) of one path, and when its first event was sent and its last one arrived. */
final class BenchSamples {

    private final List<Double> millis = new ArrayList<>();
    private long firstSent = Long.MAX_VALUE;
    private long lastArrived = Long.MIN_VALUE;

    /** One event: sent and arrived in {@link System#nanoTime()} of this JVM. */
    synchronized void add(long sentNanos, long arrivedNanos) {
        millis.add((arrivedNanos - sentNanos) / 1e6);
        firstSent = Math.min(firstSent, sentNanos);
        lastArrived = Math.max(lastArrived, arrivedNanos);
    }

    synchronized int count() {
        return millis.size();
    }

    /** Events per second from the first send to the last arrival. */
    synchronized double rate() {
        if (millis.isEmpty() || lastArrived <= firstSent) {
            return 0;
        }
        return millis.size() / ((lastArrived - firstSent) / 1e9);
    }

    /** The p-th percentile (0-100) in milliseconds, nearest rank; NaN when there is no sample. */
    synchronized double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
