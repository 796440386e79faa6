package org.goldseam.framework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.goldseam.framework.model.AttachmentDraft;
import org.goldseam.framework.model.AttachmentVersion;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.persistence.AttachmentRepository;
import org.goldseam.framework.persistence.TaxonomyRepository;
import org.jspecify.annotations.Nullable;

/** A client's attachment history. Every change is a new version; earlier versions stay with their dates. */
public final class AttachmentService {
    private final AttachmentRepository repository;
    private final TaxonomyRepository taxonomy;
    private final Clock clock;

    public AttachmentService(AttachmentRepository repository, TaxonomyRepository taxonomy, Clock clock) {
        this.repository = Objects.requireNonNull(repository);
        this.taxonomy = Objects.requireNonNull(taxonomy);
        this.clock = Objects.requireNonNull(clock);
    }

    public AttachmentVersion recordVersion(long clientId, AttachmentDraft draft) {
        checkRating(draft.anxiety(), "anxiety");
        checkRating(draft.avoidance(), "avoidance");
        List<Long> patterns = EntryKeys.resolve(taxonomy, draft.relationshipPatternKeys(), Category.RELATIONAL_PATTERN);
        int version = repository.insertVersion(clientId, OffsetDateTime.now(clock), draft, patterns);
        return history(clientId).stream().filter(v -> v.version() == version).findFirst().orElseThrow();
    }

    public Optional<AttachmentVersion> current(long clientId) {
        List<AttachmentVersion> all = history(clientId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** All versions, oldest first. */
    public List<AttachmentVersion> history(long clientId) {
        return repository.versions(clientId);
    }

    private static void checkRating(@Nullable Integer rating, String dimension) {
        if (rating != null && (rating < 1 || rating > 7)) {
            throw new FrameworkException("The " + dimension + " rating runs from 1 to 7; " + rating + " is outside it.");
        }
    }
}
