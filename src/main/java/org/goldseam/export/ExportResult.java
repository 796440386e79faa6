package org.goldseam.export;

import java.nio.file.Path;
import java.util.List;

/** The files an export wrote, and whether they hold the private psychotherapy notes. */
public record ExportResult(List<Path> files, boolean includesPrivateNotes) {
    public ExportResult {
        files = List.copyOf(files);
    }
}
