package org.goldseam.summary;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Summaries of several clients for one period, each written into {@code folder}. */
public record BatchRequest(List<Long> clientIds, SummaryPeriod period, SummaryOptions options, Path folder) {
    public BatchRequest {
        clientIds = List.copyOf(clientIds);
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(folder, "folder");
    }
}
