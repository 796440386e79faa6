package org.goldseam.framework;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.goldseam.framework.model.RiskFlag;
import org.goldseam.framework.model.RiskReview;
import org.goldseam.framework.persistence.AdministrationRepository;

/** Open risk flags and the clinician reviews that clear them. */
public final class RiskService {
    private final AdministrationRepository repository;

    public RiskService(AdministrationRepository repository) {
        this.repository = Objects.requireNonNull(repository);
    }

    public List<RiskFlag> openFlags(long clientId) {
        return repository.openFlags(clientId);
    }

    /** Records a review; it clears every flag of the client raised at or before {@code reviewedAt}. */
    public RiskReview recordReview(long clientId, OffsetDateTime reviewedAt, String reviewer, String outcome) {
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        long id = repository.insertReview(clientId, reviewedAt, TaxonomyService.requireText(reviewer, "reviewer"),
                TaxonomyService.requireText(outcome, "review outcome"));
        return reviews(clientId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Ids of clients with an open flag, for the client list's risk icon. */
    public java.util.Set<Long> clientsWithOpenFlags() {
        return repository.clientsWithOpenFlags();
    }

    public List<RiskReview> reviews(long clientId) {
        return repository.reviews(clientId);
    }
}
