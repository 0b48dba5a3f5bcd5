package dev.runstrength.planner.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class CalendarFeedRepository implements PanacheRepositoryBase<CalendarFeedEntity, String> {

    /** The runner's feed is this secret from now on; two requests at once cannot both insert. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(String runnerId, String secretDigest, Instant createdAt) {
        getEntityManager()
                .createNativeQuery("insert into calendar_feed (runner_id, secret_digest, created_at)"
                        + " values (:runnerId, :digest, :createdAt) on conflict (runner_id)"
                        + " do update set secret_digest = excluded.secret_digest, created_at = excluded.created_at")
                .setParameter("runnerId", runnerId)
                .setParameter("digest", secretDigest)
                .setParameter("createdAt", createdAt)
                .executeUpdate();
    }

    public Optional<CalendarFeedEntity> bySecretDigest(String digest) {
        return find("secretDigest", digest).firstResultOptional();
    }
}
