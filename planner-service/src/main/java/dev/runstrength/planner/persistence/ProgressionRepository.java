package dev.runstrength.planner.persistence;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProgressionRepository implements RunnerDocumentRepository<ProgressionEntity> {

    @Override
    public ProgressionEntity newDocument() {
        return new ProgressionEntity();
    }

    @Override
    public Class<ProgressionEntity> documentClass() {
        return ProgressionEntity.class;
    }
}
