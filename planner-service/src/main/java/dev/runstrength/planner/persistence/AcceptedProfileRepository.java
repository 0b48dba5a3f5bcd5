package dev.runstrength.planner.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

@ApplicationScoped
public class AcceptedProfileRepository implements PanacheRepositoryBase<AcceptedProfileEntity, String> {

    /**
     * Claims the key for this request. A concurrent request with the same key waits here until the
     * first one commits, then finds the key taken.
     *
     * @return false when the key was already taken: the profile was accepted before
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String key, String runnerId, String contentDigest, Instant acceptedAt) {
        return getEntityManager()
                .createNativeQuery("insert into profile_intake (intake_key, runner_id, content_digest, accepted_at)"
                        + " values (:key, :runnerId, :digest, :acceptedAt) on conflict do nothing")
                .setParameter("key", key)
                .setParameter("runnerId", runnerId)
                .setParameter("digest", contentDigest)
                .setParameter("acceptedAt", acceptedAt)
                .executeUpdate() == 1;
    }
}
