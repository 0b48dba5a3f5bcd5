package dev.runstrength.planner.persistence;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProfileRepository implements RunnerDocumentRepository<ProfileEntity> {

    @Override
    public ProfileEntity newDocument() {
        return new ProfileEntity();
    }

    @Override
    public Class<ProfileEntity> documentClass() {
        return ProfileEntity.class;
    }
}
