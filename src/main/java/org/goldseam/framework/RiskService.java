package org.goldseam.framework;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.goldseam.framework.model.RiskFlag;
import org.goldseam.framework.model.RiskFlagWithReview;
import org.goldseam.framework.model.RiskReview;
import org.goldseam.framework.persistence.AdministrationRepository;

/** Risk flags, open and resolved, and the clinician reviews that clear them. */
public final class RiskService {
    private final AdministrationRepository repository;

    public RiskService(AdministrationRepository repository) {
        this.repository = Objects.requireNonNull(repository);
    }

    public List<RiskFlag> openFlags(long clientId) {
        return repository.openFlags(clientId);
    }

    /**
     * Every flag ever raised for the client, oldest first, each with the review that resolved it
     * (the first review at or after the flag was raised, the rule {@link #openFlags} applies), or
     * none while it is open. A record must show resolved flags as well as open ones.
     */
    public List<RiskFlagWithReview> history(long clientId) {
        List<RiskReview> reviews = reviews(clientId); // oldest first
        return repository.allFlags(clientId).stream().map(flag -> new RiskFlagWithReview(flag, reviews.stream()
                .filter(r -> !r.reviewedAt().isBefore(flag.raisedAt())).findFirst().orElse(null))).toList();
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
