package org.goldseam.summary;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The outcome for one client of a batch: the file written, or the problem and message.
 *
 * @param clientName as the summary shows it (initials when initials only was asked for)
 */
public record BatchItem(long clientId, String clientName, @Nullable Path file, int pages, @Nullable SummaryProblem problem,
                        @Nullable String message) {
    public static BatchItem written(long clientId, String clientName, SummaryResult result) {
        return new BatchItem(clientId, clientName, result.file(), result.pages(), null, null);
    }

    public static BatchItem failed(long clientId, String clientName, SummaryException error) {
        return new BatchItem(clientId, clientName, null, 0, error.problem(), error.getMessage());
    }

    public boolean succeeded() {
        return problem == null;
    }
}
