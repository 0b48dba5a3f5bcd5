package dev.runstrength.tracking.service;

import dev.runstrength.tracking.domain.PlanView;
import dev.runstrength.tracking.persistence.PlanRepository;
import dev.runstrength.tracking.service.ProgressStore.Snapshot;
import java.util.Optional;

/** The stored forms of snapshots and plan views, opened to tests in other packages. */
public final class StoredForms {

    public static final int SNAPSHOT_FORMAT = ProgressStore.FORMAT;
    public static final int SNAPSHOT_JSON_FORMAT = ProgressStore.JSON_FORMAT;
    public static final int VIEW_FORMAT = PlanViews.FORMAT;
    public static final int VIEW_JSON_FORMAT = PlanViews.JSON_FORMAT;

    private StoredForms() {
    }

    public static byte[] writeSnapshot(Snapshot snapshot) {
        return ProgressStore.writeSnapshot(snapshot);
    }

    /** A snapshot as the store reads it back from a row of {@code format}: compact {@code data} or {@code json}. */
    public static Optional<Snapshot> readSnapshot(int format, String json, byte[] data) {
        return ProgressStore.readSnapshot(format, json, data, "snapshot under test");
    }

    public static byte[] writeView(PlanView view) {
        return PlanViews.write(view);
    }

    /** A plan view as a fold reads it from a stored plan row. */
    public static Optional<PlanView> readView(Integer format, String json, byte[] data) {
        return StoredPlans.kept(new PlanRepository.Content(null, json, data, format), "view under test");
    }
}
