package org.goldseam.app.services;

import java.time.Clock;
import org.goldseam.audit.AuditService.ExportKind;
import org.goldseam.summary.SummaryService;
import org.goldseam.summary.persistence.SummaryRepository;
import org.goldseam.summary.render.SummaryPdf;
import org.goldseam.vault.Vault;

/**
 * Progress summaries, one client's or a batch's, for the desktop app and {@code goldseam summary}
 * alike: each file written is an {@code export} entry ({@code summary: …} or {@code batch: …}) naming
 * the client's id and the file. A file whose entry cannot be written is removed again.
 */
public final class Exports {
    private Exports() {
    }

    public static SummaryService summaries(Vault vault, Clock clock, String actor) {
        Audited audited = new Audited(vault, clock);
        return new SummaryService(SummaryRepository.of(vault, clock), clock, SummaryPdf.RENDERER, (clientId, file, inBatch) ->
                audited.change(actor, audit -> {
                    audit.exported(inBatch ? ExportKind.BATCH : ExportKind.SUMMARY, clientId, file.getFileName().toString());
                    return null;
                }));
    }
}
