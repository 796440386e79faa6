package org.goldseam.summary;

import java.util.List;

/**
 * What a batch did: one item per client it reached, in order. {@code notStarted} counts the clients
 * a cancel kept it from reaching.
 */
public record BatchReport(List<BatchItem> items, int notStarted, boolean cancelled) {
    public BatchReport {
        items = List.copyOf(items);
    }

    public List<BatchItem> written() {
        return items.stream().filter(BatchItem::succeeded).toList();
    }

    public List<BatchItem> failed() {
        return items.stream().filter(i -> !i.succeeded()).toList();
    }

    public boolean allWritten() {
        return !cancelled && failed().isEmpty();
    }
}
