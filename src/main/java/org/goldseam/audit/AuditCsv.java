package org.goldseam.audit;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit trail as CSV (RFC 4180), for the viewer's "Export as CSV" and {@code goldseam audit
 * --format csv}: the same columns in the same order in both. Times are ISO-8601 UTC.
 */
public final class AuditCsv {
    public static final List<String> COLUMNS = List.of("id", "occurred_at", "action", "actor", "client_id", "note_id", "detail");

    private AuditCsv() {
    }

    /** One row per event, in {@link #COLUMNS} order; absent values are empty cells. */
    public static List<Object> row(AuditEvent e) {
        return java.util.Arrays.asList(e.id(), e.occurredAt().toInstant(), e.action().dbValue(), e.actor(), e.clientId(),
                e.noteId(), e.detail());
    }

    public static void write(List<AuditEvent> events, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
        for (AuditEvent event : events) {
            printer.printRecord(row(event).stream().map(v -> v == null ? "" : v.toString()).toList());
        }
        printer.flush();
    }
}
