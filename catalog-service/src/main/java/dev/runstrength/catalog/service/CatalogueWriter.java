package dev.runstrength.catalog.service;

import dev.runstrength.catalog.domain.CatalogueIntegrity;
import dev.runstrength.catalog.domain.Exercise;
import dev.runstrength.catalog.domain.ExerciseStatus;
import dev.runstrength.catalog.domain.Violation;
import dev.runstrength.catalog.mapping.ExerciseMapper;
import dev.runstrength.catalog.persistence.ExerciseEntity;
import dev.runstrength.catalog.persistence.ExerciseEntity.Origin;
import dev.runstrength.catalog.persistence.ExerciseRepository;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.ExerciseRetired;
import dev.runstrength.platform.outbox.Outbox;
import dev.runstrength.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Every change to the catalogue goes through here: integrity rules first, then the row and its
 * event in one transaction (the event is relayed to {@code catalog.exercises} after commit).
 * Catalogue writes are rare, so they are serialized with an advisory lock: two concurrent writes
 * can then never together break a rule (say, linking to an exercise being retired).
 */
@ApplicationScoped
public class CatalogueWriter {

    private static final Logger LOG = Logger.getLogger(CatalogueWriter.class);
    private static final long CATALOG_WRITE_LOCK = 0x436174616c6f6757L;

    private final ExerciseRepository exercises;
    private final Outbox outbox;
    private final ExerciseMapper mapper;
    private final Clock clock = Clock.systemUTC();

    public CatalogueWriter(ExerciseRepository exercises, Outbox outbox, ExerciseMapper mapper) {
        this.exercises = exercises;
        this.outbox = outbox;
        this.mapper = mapper;
    }

    @Transactional
    public Exercise create(Exercise candidate, Origin origin) {
        lockCatalogue();
        if (exercises.findByIdOptional(candidate.id()).isPresent()) {
            throw ProblemException.conflict("id: exercise '" + candidate.id() + "' already exists; use PUT to change it");
        }
        Exercise created = candidate.withVersion(1).withStatus(ExerciseStatus.ACTIVE);
        requireIntegrity(created, currentCatalogue());
        save(new ExerciseEntity(), created, origin);
        return created;
    }

    /** Replaces an exercise; an unchanged body changes nothing and publishes nothing. */
    @Transactional
    public Exercise replace(Exercise candidate, Optional<Integer> expectedVersion, Origin origin) {
        lockCatalogue();
        ExerciseEntity row = exercises.findForUpdate(candidate.id())
                .orElseThrow(() -> ProblemException.notFound("id: no exercise '" + candidate.id() + "'"));
        Exercise current = ExerciseMapper.fromStored(row.payload);
        expectedVersion.filter(expected -> expected != current.version()).ifPresent(expected -> {
            throw new ProblemException(jakarta.ws.rs.core.Response.Status.PRECONDITION_FAILED,
                    "If-Match: expected version " + expected + ", but the exercise is at version " + current.version());
        });
        Exercise replacement = candidate.withStatus(ExerciseStatus.ACTIVE).withVersion(current.version());
        if (replacement.equals(current)) {
            return current;
        }
        replacement = replacement.withVersion(current.version() + 1);
        requireIntegrity(replacement, currentCatalogue());
        save(row, replacement, origin);
        return replacement;
    }

    /**
     * Retires an exercise. Links to it from other exercises are removed (each of those gets a new
     * version and event), so that every ladder link keeps resolving to an active exercise.
     */
    @Transactional
    public Exercise retire(String id) {
        lockCatalogue();
        ExerciseEntity row = exercises.findForUpdate(id)
                .orElseThrow(() -> ProblemException.notFound("id: no exercise '" + id + "'"));
        Exercise current = ExerciseMapper.fromStored(row.payload);
        if (current.status() == ExerciseStatus.RETIRED) {
            return current;
        }
        Exercise retired = current.withStatus(ExerciseStatus.RETIRED).withVersion(current.version() + 1);
        write(row, retired, row.origin);
        outbox.append(EventKind.EXERCISE_RETIRED, id, new ExerciseRetired(id, retired.version(), row.updatedAt));
        for (ExerciseEntity linking : exercises.withStatus(ExerciseStatus.ACTIVE)) {
            Exercise other = ExerciseMapper.fromStored(linking.payload);
            if (other.progressions().contains(id) || other.regressions().contains(id)) {
                save(linking, other.withoutLinkTo(id).withVersion(other.version() + 1), linking.origin);
            }
        }
        return retired;
    }

    /**
     * Writes a set of exercises that only make sense together (a seed whose ladders link both
     * ways): the catalogue they produce is checked as a whole, then each changed exercise gets its
     * next version and its event. Only violations the write introduces stop it; an exercise written
     * through the API under older rules keeps its violations (logged) until someone edits it.
     * Returns the exercises that changed.
     */
    @Transactional
    public List<Exercise> writeAll(List<Exercise> candidates, Origin origin) {
        lockCatalogue();
        Map<String, Exercise> before = currentCatalogue();
        Map<String, Exercise> after = new LinkedHashMap<>(before);
        List<Exercise> changed = new ArrayList<>();
        for (Exercise candidate : candidates) {
            Exercise current = before.get(candidate.id());
            Exercise next = candidate.withStatus(ExerciseStatus.ACTIVE)
                    .withVersion(current == null ? 1 : current.version());
            if (current != null && next.equals(current)) {
                continue;
            }
            next = next.withVersion(current == null ? 1 : current.version() + 1);
            after.put(next.id(), next);
            changed.add(next);
        }
        List<Violation> violations = CatalogueIntegrity.introducedBy(before.values(), after.values());
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the catalogue would break its integrity rules: "
                    + violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
        }
        List<Violation> inherited = CatalogueIntegrity.checkAll(after.values());
        if (!inherited.isEmpty()) {
            LOG.warnf("The catalogue keeps %d integrity violations from exercises written under older rules: %s",
                    inherited.size(), inherited.stream().map(Violation::message).collect(Collectors.joining("; ")));
        }
        for (Exercise exercise : changed) {
            ExerciseEntity row = exercises.findByIdOptional(exercise.id()).orElseGet(ExerciseEntity::new);
            save(row, exercise, origin);
        }
        return changed;
    }

    private void save(ExerciseEntity row, Exercise exercise, Origin origin) {
        write(row, exercise, origin);
        outbox.append(EventKind.EXERCISE_UPSERTED, exercise.id(), mapper.toContract(exercise));
    }

    private void write(ExerciseEntity row, Exercise exercise, Origin origin) {
        boolean isNew = row.id == null;
        row.id = exercise.id();
        row.name = exercise.name();
        row.version = exercise.version();
        row.status = exercise.status().name();
        row.origin = origin;
        row.payload = ExerciseMapper.toStored(exercise);
        row.updatedAt = Instant.now(clock);
        if (isNew) {
            exercises.persist(row);
        }
    }

    private Map<String, Exercise> currentCatalogue() {
        Map<String, Exercise> catalogue = new LinkedHashMap<>();
        for (ExerciseEntity row : exercises.listAll()) {
            catalogue.put(row.id, ExerciseMapper.fromStored(row.payload));
        }
        return catalogue;
    }

    private void requireIntegrity(Exercise candidate, Map<String, Exercise> catalogue) {
        List<Violation> violations = new ArrayList<>(CatalogueIntegrity.check(candidate, catalogue, mapper.muscles()));
        if (!violations.isEmpty()) {
            throw new ProblemException(jakarta.ws.rs.core.Response.Status.BAD_REQUEST,
                    violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
        }
    }

    private void lockCatalogue() {
        exercises.lockForTransaction(CATALOG_WRITE_LOCK);
    }
}
