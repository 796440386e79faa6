package org.goldseam.summary;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns an assembled summary into a file's bytes. The PDF pipeline in {@code summary.render}
 * implements it; the service only orchestrates, so {@code summary} does not depend on its renderer.
 */
@FunctionalInterface
public interface SummaryRenderer {
    /** Checks fonts and draws the charts before any file is opened (a character no font has fails here). */
    Prepared prepare(SummaryDocument summary);

    /** A summary ready to be written. */
    @FunctionalInterface
    interface Prepared {
        /** Writes the file and returns its number of pages. */
        int writeTo(OutputStream out) throws IOException;
    }
}
