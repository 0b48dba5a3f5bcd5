package dev.runstrength.tracking.service;

import dev.runstrength.dose.BlockPhase;
import dev.runstrength.tracking.domain.PlanView;
import dev.runstrength.tracking.domain.PlannedSession;
import dev.runstrength.tracking.domain.Prescription;
import dev.runstrength.tracking.domain.RunnerLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Plans as tracking keeps them: the engine's PlanView in a compact binary form ({@link CompactForm}), read
 * for every runner whose plan is not cached when a batch folds its workouts; its JSON cost about twice
 * the CPU of everything else in a cache miss (reading it took 6 % of tracking's CPU in a rebuild, writing it 5 %).
 */
final class PlanViews {

    private static final Logger LOG = Logger.getLogger(PlanViews.class);

    /**
     * The version of the view written: the compact form. Raise it when PlanView or PlanMapping changes what a
     * plan means to the engine, and stop reading {@link #JSON_FORMAT} then: views of another version are
     * ignored, and the plan's payload is mapped again. Only plans stored before V14_1 have a payload; since
     * then tracking keeps the view alone, so raising the version also means rebuilding tracking from offset 0
     * (docs/operations.md), which reads every plan again.
     */
    static final int FORMAT = 2;

    /** The same view as JSON, as written before V14_2 (in the text column {@code view}): still read, never written. */
    static final int JSON_FORMAT = 1;

    private PlanViews() {
    }

    static byte[] write(PlanView view) {
        CompactForm.Out out = new CompactForm.Out();
        out.string(view.planId());
        out.instant(view.generatedAt());
        out.name(view.runnerLevel());
        date(out, view.startsOn());
        out.integer(view.sessions().size());
        for (PlannedSession session : view.sessions()) {
            out.string(session.planId());
            out.string(session.sessionId());
            date(out, session.date());
            out.integer(session.prescriptions().size());
            for (Prescription prescription : session.prescriptions()) {
                CompactForm.prescription(out, prescription);
            }
            out.integer(session.blocks().size());
            session.blocks().forEach((exerciseId, phase) -> {
                out.string(exerciseId);
                out.name(phase);
            });
        }
        return out.bytes();
    }

    /** The view, or empty (logged) when the bytes do not read as one. */
    static Optional<PlanView> read(byte[] data, String what) {
        try {
            CompactForm.In in = new CompactForm.In(data);
            String planId = in.string();
            var generatedAt = in.instant();
            RunnerLevel level = in.name(RunnerLevel.class);
            LocalDate startsOn = date(in);
            int sessionCount = in.count();
            List<PlannedSession> sessions = new ArrayList<>(sessionCount);
            for (int i = sessionCount; i > 0; i--) {
                String sessionPlan = in.string();
                String sessionId = in.string();
                LocalDate date = date(in);
                int prescriptionCount = in.count();
                List<Prescription> prescriptions = new ArrayList<>(prescriptionCount);
                for (int j = prescriptionCount; j > 0; j--) {
                    prescriptions.add(CompactForm.prescription(in));
                }
                Map<String, BlockPhase> blocks = new HashMap<>();
                for (int j = in.count(); j > 0; j--) {
                    blocks.put(in.string(), in.name(BlockPhase.class));
                }
                sessions.add(new PlannedSession(sessionPlan, sessionId, date, prescriptions, blocks));
            }
            in.end();
            return Optional.of(new PlanView(planId, generatedAt, level, startsOn, sessions));
        } catch (RuntimeException e) {
            LOG.warnf("Stored %s cannot be read (%s): it is mapped again instead", what, e.toString());
            return Optional.empty();
        }
    }

    private static void date(CompactForm.Out out, LocalDate date) {
        out.flag(date != null);
        if (date != null) {
            out.longBits(date.toEpochDay());
        }
    }

    private static LocalDate date(CompactForm.In in) {
        return in.flag() ? LocalDate.ofEpochDay(in.longValue()) : null;
    }
}
