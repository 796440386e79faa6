package org.goldseam.framework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.goldseam.framework.model.InnerCriticStatement;
import org.goldseam.framework.persistence.ReflectionRepository;

/** Verbatim inner-critic lines per client, with when and how often each was heard. */
public final class InnerCriticService {
    private final ReflectionRepository repository;
    private final Clock clock;

    public InnerCriticService(ReflectionRepository repository, Clock clock) {
        this.repository = Objects.requireNonNull(repository);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Records that the client voiced this line in the session of {@code noteId}. The same line
     * differing only in case or spacing is the same statement; the first wording is kept.
     */
    public InnerCriticStatement recordHearing(long clientId, long noteId, String statement) {
        String text = TaxonomyService.requireText(statement, "statement").replaceAll("\\s+", " ");
        if (!Long.valueOf(clientId).equals(repository.noteClient(noteId))) {
            throw new FrameworkException("That session note does not belong to this client.");
        }
        long id = repository.recordHearing(clientId, noteId, text, matchText(text), OffsetDateTime.now(clock));
        return statements(clientId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    /** Statements of the client, most recently heard first. */
    public List<InnerCriticStatement> statements(long clientId) {
        return repository.statements(clientId);
    }

    static String matchText(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
