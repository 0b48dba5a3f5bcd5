package dev.runstrength.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.catalog.CatalogTestResources;
import dev.runstrength.catalog.domain.Catalogue;
import dev.runstrength.catalog.domain.Exercise;
import dev.runstrength.catalog.mapping.ExerciseMapper;
import dev.runstrength.catalog.mapping.BundledCatalogue;
import dev.runstrength.catalog.persistence.CatalogSeedEntity;
import dev.runstrength.catalog.persistence.ExerciseEntity;
import dev.runstrength.catalog.persistence.ExerciseEntity.Origin;
import dev.runstrength.catalog.persistence.ExerciseRepository;
import dev.runstrength.contracts.ContractJson;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A newer bundled catalogue upgrades the database: new exercises are inserted, changed ones that still come
 * from the seed are replaced, and rows written through the API stay as they are, even when they were written
 * under older rules (a pre-v1.1 exercise without {@code loads}) and now break one.
 */
@QuarkusTest
@CatalogTestResources
class SeedLoaderTest {

    @Inject
    SeedLoader loader;

    @Inject
    BundledCatalogue seed;

    @Inject
    ExerciseRepository exercises;

    @Test
    void aNewerSeedUpgradesSeedRowsAndLeavesApiRowsEvenWhenTheyBreakANewerRule() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String legacyId = "legacy-" + suffix;
        String addedId = "seed-added-" + suffix;
        Catalogue bundled = seed.bundled();
        Exercise legacyApiRow = copy(bundled, "clamshell", legacyId, true);
        storeAsApiRow(legacyApiRow);
        try {
            List<Exercise> upgraded = new ArrayList<>();
            for (Exercise exercise : bundled.exercises()) {
                upgraded.add(exercise.id().equals("butterfly-stretch") ? reworded(exercise) : exercise);
            }
            upgraded.add(copy(bundled, "plank", addedId, false));
            upgraded.add(copy(bundled, "clamshell", legacyId, false)); // the seed now has one by that id too
            int before = version("butterfly-stretch");
            Catalogue next = new Catalogue(bundled.catalogVersion() + 1, bundled.muscles(), upgraded);

            int written = loader.load(next);

            assertThat(written).isEqualTo(2);
            assertThat(version("butterfly-stretch")).isEqualTo(before + 1);
            assertThat(stored("butterfly-stretch").description()).endsWith("(reworded)");
            assertThat(stored(addedId).version()).isEqualTo(1);
            assertThat(row(legacyId).origin).isEqualTo(Origin.API);
            assertThat(stored(legacyId).loads()).isEmpty();
            assertThat(appliedVersion()).isEqualTo(next.catalogVersion());
            assertThat(loader.load(next)).isZero();
        } finally {
            // the legacy row never went through the outbox, so it must not outlive this test
            QuarkusTransaction.requiringNew().run(() -> exercises.deleteById(legacyId));
        }
    }

    private static Exercise copy(Catalogue catalogue, String templateId, String id, boolean withoutLoads) {
        ObjectNode json = ContractJson.mapper().valueToTree(catalogue.exercise(templateId).orElseThrow());
        json.put("id", id).put("name", "Seed loader test " + id);
        json.putArray("progressions");
        json.putArray("regressions");
        if (withoutLoads) {
            json.remove("loads");
        }
        return ExerciseMapper.fromStored(json.toString());
    }

    private static Exercise reworded(Exercise exercise) {
        ObjectNode json = ContractJson.mapper().valueToTree(exercise);
        json.put("description", exercise.description() + " (reworded)");
        return ExerciseMapper.fromStored(json.toString());
    }

    private void storeAsApiRow(Exercise exercise) {
        QuarkusTransaction.requiringNew().run(() -> {
            ExerciseEntity row = new ExerciseEntity();
            row.id = exercise.id();
            row.name = exercise.name();
            row.version = 1;
            row.status = exercise.status().name();
            row.origin = Origin.API;
            row.payload = ExerciseMapper.toStored(exercise);
            row.updatedAt = Instant.now();
            exercises.persist(row);
        });
    }

    private ExerciseEntity row(String id) {
        return QuarkusTransaction.requiringNew().call(() -> exercises.findById(id));
    }

    private Exercise stored(String id) {
        return ExerciseMapper.fromStored(row(id).payload);
    }

    private int version(String id) {
        return row(id).version;
    }

    private int appliedVersion() {
        return QuarkusTransaction.requiringNew().call(() -> exercises.getEntityManager()
                .find(CatalogSeedEntity.class, CatalogSeedEntity.SINGLETON_ID).catalogVersion);
    }
}
