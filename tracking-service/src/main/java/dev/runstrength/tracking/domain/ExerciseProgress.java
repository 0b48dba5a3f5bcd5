package dev.runstrength.tracking.domain;

import java.time.Instant;

/**
 * Where one exercise stands for a runner. {@code current} is the latest {@code to} prescription; its
 * exerciseId is another exercise after a ladder move. The two counters are sessions in a row that
 * met ({@link SessionSuccess}) or failed the prescription; a PROGRESS, REGRESS or DELOAD resets both.
 */
public record ExerciseProgress(String exerciseId, Prescription current, Decision lastDecision, String lastReason,
                               Instant updatedAt, int successesInARow, int failuresInARow) {
}
