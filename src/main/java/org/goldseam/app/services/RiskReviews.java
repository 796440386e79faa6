package org.goldseam.app.services;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.goldseam.framework.RiskService;
import org.goldseam.framework.model.RiskReview;
import org.goldseam.vault.Vault;

/** A risk review recorded for a client (it clears the open flags) with its {@code risk_reviewed} entry, together. */
public final class RiskReviews {
    private final RiskService risk;
    private final Audited audited;

    public RiskReviews(Vault vault, Clock clock, RiskService risk) {
        this.risk = risk;
        this.audited = new Audited(vault, clock);
    }

    public RiskReview record(String actor, long clientId, String reviewer, String outcome) {
        return audited.change(actor, audit -> {
            RiskReview review = risk.recordReview(clientId, OffsetDateTime.now(audited.clock()), reviewer, outcome);
            audit.riskReviewed(clientId, review.id());
            return review;
        });
    }
}
