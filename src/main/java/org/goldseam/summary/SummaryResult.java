package org.goldseam.summary;

import java.nio.file.Path;

/** A summary that was written: where, how many pages, how large. */
public record SummaryResult(long clientId, Path file, int pages, long bytes) {
}
