package org.goldseam.summary;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.summary.SummaryFacts.ClientFact;
import org.goldseam.summary.SummaryFacts.CriticFact;
import org.goldseam.summary.SummaryFacts.ObservationFact;
import org.goldseam.summary.SummaryFacts.RiskFlagFact;
import org.goldseam.summary.SummaryFacts.SessionFact;

/**
 * What a summary reads from a vault: period queries of its own plus the framework services for
 * measures, goals, formulation, attachment and risk reviews. Periods are half-open {@code [start, end)}.
 * Implemented by {@code summary.persistence.SummaryRepository}.
 */
public interface SummarySource {
    ClinicalFramework framework();

    /**
     * The vault's audit anchor as PDF keywords ({@code AuditAnchor#pdfKeywords}), taken now, for the
     * summary's metadata: no client data. Empty for a source that is not a vault.
     */
    default Optional<String> auditAnchor() {
        return Optional.empty();
    }

    Optional<ClientFact> client(long clientId);

    /** Active clients, by id. */
    List<ClientFact> activeClients();

    /** Sessions of every attendance in the period, oldest first. */
    List<SessionFact> sessions(long clientId, OffsetDateTime start, OffsetDateTime end);

    /** Theme observations in the period with their entry's label and category, by session and falling intensity. */
    List<ObservationFact> observations(long clientId, OffsetDateTime start, OffsetDateTime end);

    /** Keys of the instruments administered in the period. */
    List<String> instrumentsAdministered(long clientId, OffsetDateTime start, OffsetDateTime end);

    /** Inner-critic lines heard in the period, most often heard first. */
    List<CriticFact> innerCritic(long clientId, OffsetDateTime start, OffsetDateTime end);

    /** Risk flags raised in the period, oldest first, each with the review that cleared it. */
    List<RiskFlagFact> riskFlags(long clientId, OffsetDateTime start, OffsetDateTime end);

    /** Labels of taxonomy entries by key. */
    Map<String, String> labels(Collection<String> entryKeys);
}
