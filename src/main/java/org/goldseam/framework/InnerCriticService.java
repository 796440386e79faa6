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
    /** Why nothing is recorded against a signed note; shared with {@link ReflectiveQuestionService}. */
    static final String SIGNED_NOTE = "That session note is signed, so nothing more can be recorded against it. "
            + "Record it in the current session's note, or add an addendum to the signed one.";

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
        if (repository.noteSigned(noteId)) {
            throw new FrameworkException(SIGNED_NOTE);
        }
        long id = repository.recordHearing(clientId, noteId, text, matchText(text), OffsetDateTime.now(clock));
        return statements(clientId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    /** The lines heard in the session of {@code noteId}, as first worded. */
    public List<String> heardIn(long noteId) {
        return repository.criticLinesHeardIn(noteId);
    }

    /** Statements of the client, most recently heard first. */
    public List<InnerCriticStatement> statements(long clientId) {
        return repository.statements(clientId);
    }

    static String matchText(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
