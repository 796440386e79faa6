package org.goldseam.summary;

import java.nio.file.Path;
import java.util.Objects;

/** One client's summary for one period, written to {@code output}. */
public record SummaryRequest(long clientId, SummaryPeriod period, SummaryOptions options, Path output) {
    public SummaryRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(output, "output");
    }
}
