package org.goldseam.summary.render;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.goldseam.framework.persistence.wiring.FrameworkWiring;
import org.goldseam.export.ClientRecordExport;
import org.goldseam.export.RecordWriter;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.framework.model.TaxonomyEntry;
import org.goldseam.vault.Vault;

/**
 * The client record as a tagged PDF/A-3a + PDF/UA-1 file, made by the summary engine: XHTML built
 * as a DOM ({@link RecordXhtml}), the glyph check, then the same {@link PdfPipeline} as the progress
 * summary. The dependency runs from {@code summary} to {@code export}, never back: the export
 * package knows only the {@link RecordWriter} interface, and the command line or the app hands this
 * writer in.
 */
public final class RecordPdfWriter implements RecordWriter {
    private final String exportedBy;
    private final ZoneId zone;
    private final Function<String, String> instrumentName;
    private final Function<String, String> entryLabel;

    /**
     * @param exportedBy who makes the export, printed in the header
     * @param zone the zone the record's times are printed in
     * @param instrumentName the printed name for a questionnaire key
     * @param entryLabel the label for a taxonomy key (formulation and attachment items), or null if unknown
     */
    public RecordPdfWriter(String exportedBy, ZoneId zone, Function<String, String> instrumentName,
                           Function<String, String> entryLabel) {
        this.exportedBy = Objects.requireNonNull(exportedBy);
        this.zone = Objects.requireNonNull(zone);
        this.instrumentName = Objects.requireNonNull(instrumentName);
        this.entryLabel = Objects.requireNonNull(entryLabel);
    }

    /** A writer naming questionnaires and taxonomy entries as the vault defines them, times in the clock's zone. */
    public static RecordPdfWriter of(Vault vault, Clock clock, String exportedBy) {
        ClinicalFramework framework = FrameworkWiring.of(vault, clock);
        Map<String, String> labels = new HashMap<>();
        for (TaxonomyEntry entry : framework.taxonomy().all()) {
            labels.put(entry.key(), entry.label());
        }
        return new RecordPdfWriter(exportedBy, clock.getZone(), key -> {
            try {
                return framework.measures().instrument(key).name();
            } catch (RuntimeException unknown) {
                return key; // a questionnaire since removed: its key still says which one it was
            }
        }, labels::get);
    }

    @Override
    public String extension() {
        return "pdf";
    }

    /**
     * @throws org.goldseam.summary.SummaryException with UNRENDERABLE_TEXT, naming each character no
     *     shipped font has, before anything is written to {@code out}
     */
    @Override
    public void write(ClientRecordExport record, OutputStream out) throws IOException {
        RecordXhtml.Built built = RecordXhtml.build(record, exportedBy, zone, instrumentName, entryLabel);
        GlyphCheck.Subject subject = new GlyphCheck.Subject("client record PDF", RecordXhtml.FOOTER,
                "Change the text in the record, or export the record as JSON only, which has no such limit.",
                built.places());
        boolean needsFallback = GlyphCheck.check(built.document(), List.of(), subject);
        PdfPipeline.write(built.document(), List.of(), needsFallback, out);
    }
}
