package org.goldseam.app.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.goldseam.export.ExportResult;
import org.goldseam.export.JsonRecordWriter;
import org.goldseam.export.RecordExportService;
import org.goldseam.export.RecordWriter;
import org.goldseam.summary.render.RecordPdfWriter;
import org.goldseam.vault.Vault;

/**
 * Writes one client's record: the app's is {@code RecordExportService} with the JSON writer and the
 * summary engine's PDF writer; tests hand in their own.
 */
@FunctionalInterface
public interface RecordExporter {
    ExportResult export(long clientId, Path folder, boolean includePrivateNotes, RecordFormat format,
                        RecordExportService.Steps steps) throws IOException;

    /** The real export from {@code vault}, audited under {@code actor}, who is also named in the PDF as its maker. */
    static RecordExporter of(Vault vault, Clock clock, String actor) {
        return (clientId, folder, includePrivateNotes, format, steps) -> {
            List<RecordWriter> writers = new ArrayList<>();
            if (format.json()) {
                writers.add(new JsonRecordWriter());
            }
            if (format.pdf()) {
                writers.add(RecordPdfWriter.of(vault, clock, actor));
            }
            return new RecordExportService(vault, clock, actor).export(clientId, folder, includePrivateNotes, writers, steps);
        };
    }
}
