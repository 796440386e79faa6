package org.goldseam.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One rendering of an exported client record. JSON is {@link JsonRecordWriter}; the PDF rendering
 * belongs to the summary engine, which implements this interface and is handed to
 * {@link RecordExportService#export} beside the JSON writer.
 */
public interface RecordWriter {
    /** The file name extension, without a dot: "json", "pdf". */
    String extension();

    void write(ClientRecordExport record, OutputStream out) throws IOException;
}
