package org.goldseam.summary.render;

import static org.goldseam.summary.render.RecordText.fact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import org.goldseam.export.ClientRecordExport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds the XHTML of a client's exported record from a {@link ClientRecordExport}: the header with
 * what the record holds, then its parts in reading order, each made by its own class: the client's
 * details, every session note oldest first, measures and goals, formulation and attachment versions,
 * the risk history, inner-critic lines and reflective answers. Every string from the record enters as
 * a DOM text node through {@link Dom}.
 */
final class RecordXhtml {
    static final String TEMPLATE = "/org/goldseam/summary/render/record.xhtml";
    static final String RECORD_STYLESHEET = "/org/goldseam/summary/render/record.css";
    /** The summary's footer, and the record's in its place. */
    private static final String SUMMARY_FOOTER_CSS = "content: \"Confidential \\2014  page \"";
    private static final String RECORD_FOOTER_CSS = "content: \"Confidential \\2014  client record \\2014  page \"";
    /** What the record's footer prints, for the glyph check. */
    static final String FOOTER = "Confidential \u2014 client record \u2014 page 0123456789 of";

    private final ClientRecordExport record;
    private final String exportedBy;
    private final RecordWording wording;
    private final Document document;

    /** The finished document, its title, and names for its parts (by element id) for the glyph check. */
    record Built(Document document, String title, Map<String, String> places) {
    }

    private RecordXhtml(ClientRecordExport record, String exportedBy, RecordWording wording) {
        this.record = record;
        this.exportedBy = exportedBy;
        this.wording = wording;
        this.document = Dom.parseTemplate(TEMPLATE);
    }

    /**
     * @param exportedBy who made the export (the account or clinician), for the header
     * @param zone the zone times are shown in (the record stores UTC)
     * @param instrumentName the printed name of a measure's instrument key ("phq9" to "PHQ-9")
     * @param entryLabel the label of a taxonomy key used by formulations and attachment notes, or null if unknown
     */
    static Built build(ClientRecordExport record, String exportedBy, ZoneId zone, Function<String, String> instrumentName,
                       Function<String, String> entryLabel) {
        RecordWording wording = new RecordWording(zone, instrumentName, entryLabel);
        RecordXhtml xhtml = new RecordXhtml(record, exportedBy, wording);
        String title = xhtml.header();
        Element body = Dom.byId(xhtml.document, "record-body");
        RecordPlaces places = new RecordPlaces();
        RecordClientDetails.add(body, record, places);
        RecordSessions.add(body, record, wording, places);
        RecordMeasuresAndGoals.add(body, record, wording, places);
        RecordFormulationAndAttachment.add(body, record, wording, places);
        RecordRiskHistory.add(body, record, wording, places);
        RecordCriticAndReflections.add(body, record, wording, places);
        return new Built(xhtml.document, title, places.all());
    }

    private String header() {
        String name = record.client().fullName();
        String title = "Client record \u2014 " + name;
        Dom.byId(document, "title").setTextContent(Dom.clean(title));
        // the audit anchor (ADR 0016), or no keywords at all for a record read outside a vault
        var trail = record.auditTrail();
        Dom.keywords(document, trail == null ? null
                : new org.goldseam.audit.AuditAnchor(trail.length(), trail.lastId(), trail.lastHash()).pdfKeywords(trail.vaultId()));
        Dom.text(Dom.byId(document, "style"), stylesheet());
        Dom.text(Dom.byId(document, "running-header"), "Client record \u00b7 " + name);
        Dom.text(Dom.byId(document, "heading"), title);

        Element facts = Dom.byId(document, "facts-body");
        fact(facts, "Exported on", wording.dateTime(record.exportedAt()));
        fact(facts, "Exported by", exportedBy);
        fact(facts, "Made with", "Goldseam " + record.goldseamVersion() + " (record format " + record.format()
                + ", version " + record.formatVersion() + ")");

        Element notice = Dom.byId(document, "contents-notice");
        Dom.put(notice, "p", "This document is the whole record Goldseam keeps for this client: their details, every "
                + "session note with its addenda and corrections, questionnaire results, treatment goals and progress, "
                + "every version of the formulation and of the attachment notes, every risk flag (open or resolved) with the "
                + "risk reviews, inner-critic statements and reflective answers. Times are " + wording.zoneWords() + ".");
        if (record.includesPrivateNotes()) {
            notice.setAttribute("class", "notice warning");
            Element warning = Dom.el(notice, "p");
            Dom.put(warning, "strong", "This copy includes the clinician\u2019s private psychotherapy notes.");
            Dom.text(warning, " They are kept apart from the record and are not part of the client\u2019s right of access. "
                    + "Each one appears in a red-bordered block headed \u201CPrivate psychotherapy note\u201D under its session.");
        } else {
            Dom.put(notice, "p", "The clinician\u2019s private psychotherapy notes (process notes kept apart from the "
                    + "record) are not included.");
        }
        return title;
    }

    private static String stylesheet() {
        String summary = resource(SummaryXhtml.STYLESHEET);
        String renamed = summary.replace(SUMMARY_FOOTER_CSS, RECORD_FOOTER_CSS);
        if (renamed.equals(summary)) {
            // the footer is a promise the glyph check and the tests rely on: fail loudly, never print the wrong one
            throw new IllegalStateException("summary.css no longer has the footer the record renames");
        }
        return renamed + "\n" + resource(RECORD_STYLESHEET);
    }

    private static String resource(String name) {
        try (InputStream in = RecordXhtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing stylesheet " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
