package org.goldseam.framework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.goldseam.framework.model.ReflectiveAnswer;
import org.goldseam.framework.model.ReflectiveQuestion;
import org.goldseam.framework.persistence.ReflectionRepository;
import org.jspecify.annotations.Nullable;

/** The four reflective questions and the answers a client gives over time. */
public final class ReflectiveQuestionService {
    private final ReflectionRepository repository;
    private final Clock clock;

    public ReflectiveQuestionService(ReflectionRepository repository, Clock clock) {
        this.repository = Objects.requireNonNull(repository);
        this.clock = Objects.requireNonNull(clock);
    }

    public List<ReflectiveQuestion> questions() {
        return List.of(ReflectiveQuestion.values());
    }

    /** Records an answer, optionally from a session note of the same client. */
    public ReflectiveAnswer recordAnswer(long clientId, ReflectiveQuestion question, @Nullable Long noteId, @Nullable String answer) {
        Objects.requireNonNull(question, "question");
        String text = TaxonomyService.requireText(answer, "answer");
        if (noteId != null && !Long.valueOf(clientId).equals(repository.noteClient(noteId))) {
            throw new FrameworkException("That session note does not belong to this client.");
        }
        if (noteId != null && repository.noteSigned(noteId)) {
            throw new FrameworkException(InnerCriticService.SIGNED_NOTE);
        }
        long id = repository.insertAnswer(clientId, question, noteId, OffsetDateTime.now(clock), text);
        return answers(clientId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** Every answer of the client, oldest first. */
    public List<ReflectiveAnswer> answers(long clientId) {
        return repository.answers(clientId);
    }

    public List<ReflectiveAnswer> answers(long clientId, ReflectiveQuestion question) {
        return answers(clientId).stream().filter(a -> a.question() == question).toList();
    }
}
